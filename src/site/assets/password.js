// "Show password" for people who mistype on small keyboards. Each button is
// rendered hidden with the field; without this script the field works as
// usual and the button never appears.
;(() => {
  for (const button of document.querySelectorAll('button[data-reveal]')) {
    const input = document.getElementById(button.getAttribute('aria-controls'))
    if (!input) continue
    button.hidden = false
    button.addEventListener('click', () => {
      const shown = input.type === 'text'
      input.type = shown ? 'password' : 'text'
      button.textContent = shown ? button.dataset.show : button.dataset.hide
      button.setAttribute('aria-pressed', String(!shown))
    })
  }
})()
