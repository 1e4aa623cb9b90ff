import { l, type Wording } from '../labels'
import { MAX_SVG_BYTES, type SvgProblem } from './check-svg'

// Markup quoted in Arabic sentences is wrapped in left-to-right marks, so "<svg>" does not come out as ">svg<".
const ltr = (text: string) => `\u200e${text}\u200e`

// A refused address is quoted so the editor can find it, not pasted whole.
const shortened = (value: string) => (value.length > 60 ? `${value.slice(0, 57)}…` : value)

/** Why an SVG is refused, and what to do about it, in each language of the back office. */
export function refusalWording(problem: SvgProblem): Wording {
  switch (problem.kind) {
    case 'too-large': {
      const kb = MAX_SVG_BYTES / 1024
      return l(
        `This SVG is larger than ${kb} KB; a logo needs far less. Export it again optimised, or upload a PNG or WebP.`,
        `Ce SVG dépasse ${kb} Ko ; un logo en demande bien moins. Exportez-le de nouveau en version optimisée, ou envoyez un PNG ou un WebP.`,
        `حجم ملف SVG هذا أكبر من ${kb} كيلوبايت، والشعار يحتاج إلى أقل من ذلك بكثير. صدِّره من جديد بصيغة مُحسَّنة، أو ارفع صورة PNG أو WebP.`,
      )
    }
    case 'not-svg':
      return l(
        'This file is not a well-formed SVG image: it must be UTF-8 XML with one <svg> element in the SVG namespace. Upload the SVG your design tool exported, or a PNG or WebP.',
        'Ce fichier n’est pas une image SVG bien formée : il doit s’agir de XML en UTF-8 avec un seul élément <svg> dans l’espace de noms SVG. Envoyez le SVG exporté par votre logiciel de dessin, ou un PNG ou un WebP.',
        `هذا الملف ليس صورة SVG سليمة البنية: يجب أن يكون بصيغة XML بترميز UTF-8 وفيه عنصر ${ltr('<svg>')} واحد ضمن نطاق أسماء SVG. ارفع ملف SVG كما صدّره برنامج التصميم، أو صورة PNG أو WebP.`,
      )
    case 'doctype':
      return l(
        'This SVG has a <!DOCTYPE> declaration, which can define entities and pull in other files. Remove that line (or export it as plain SVG) and upload it again.',
        'Ce SVG contient une déclaration <!DOCTYPE>, qui peut définir des entités et charger d’autres fichiers. Supprimez cette ligne (ou exportez-le en SVG simple) et envoyez-le de nouveau.',
        `يحتوي ملف SVG هذا على تعريف ${ltr('<!DOCTYPE>')} الذي قد يعرّف كيانات ويجلب ملفات أخرى. احذف هذا السطر (أو صدّر الملف بصيغة SVG بسيطة) ثم ارفعه من جديد.`,
      )
    case 'element':
      return l(
        `This SVG contains <${problem.name}>, which a logo may not have: only drawing is accepted, not scripts, embedded HTML, animation or links. Export it again as plain SVG.`,
        `Ce SVG contient <${problem.name}>, qu’un logo ne peut pas avoir : seul le dessin est accepté, sans scripts, HTML intégré, animation ni liens. Exportez-le de nouveau en SVG simple.`,
        `يحتوي ملف SVG هذا على ${ltr(`<${problem.name}>`)}، وهو ما لا يجوز في الشعار: يُقبل الرسم وحده، دون نصوص برمجية أو HTML مضمَّن أو حركة أو روابط. صدّره من جديد بصيغة SVG بسيطة.`,
      )
    case 'event-handler':
      return l(
        `This SVG has an event handler (${problem.name} on <${problem.element}>), which would run a script. Remove it and upload the SVG again.`,
        `Ce SVG contient un gestionnaire d’événement (${problem.name} sur <${problem.element}>), qui exécuterait un script. Supprimez-le et envoyez le SVG de nouveau.`,
        `يحتوي ملف SVG هذا على معالج أحداث (${ltr(problem.name)} في ${ltr(`<${problem.element}>`)}) من شأنه تشغيل نص برمجي. احذفه ثم ارفع الملف من جديد.`,
      )
    case 'attribute':
      return l(
        `This SVG has the attribute ${problem.name} on <${problem.element}>, which a logo does not need. Export it again as plain SVG (design tools’ own attributes, such as inkscape:…, are not accepted).`,
        `Ce SVG contient l’attribut ${problem.name} sur <${problem.element}>, dont un logo n’a pas besoin. Exportez-le de nouveau en SVG simple (les attributs propres aux logiciels, comme inkscape:…, ne sont pas acceptés).`,
        `يحتوي ملف SVG هذا على السمة ${ltr(problem.name)} في ${ltr(`<${problem.element}>`)}، ولا حاجة للشعار بها. صدّره من جديد بصيغة SVG بسيطة (لا تُقبل السمات الخاصة ببرامج التصميم مثل ${ltr('inkscape:…')}).`,
      )
    case 'reference': {
      const quoted = `${problem.name}="${shortened(problem.value)}"`
      return l(
        `This SVG points outside itself (${quoted} on <${problem.element}>). A logo may refer only to its own parts (#…) and embed only PNG, JPEG, GIF, WebP or AVIF pictures; javascript: and other addresses are refused.`,
        `Ce SVG renvoie hors de lui-même (${quoted} sur <${problem.element}>). Un logo ne peut renvoyer qu’à ses propres parties (#…) et n’intégrer que des images PNG, JPEG, GIF, WebP ou AVIF ; javascript: et les autres adresses sont refusés.`,
        `يشير ملف SVG هذا إلى ما هو خارجه (${ltr(quoted)} في ${ltr(`<${problem.element}>`)}). لا يجوز للشعار أن يشير إلا إلى أجزائه هو (${ltr('#…')}) وأن يضمّن صورًا بصيغ PNG أو JPEG أو GIF أو WebP أو AVIF فقط، وتُرفض عناوين ${ltr('javascript:')} وسواها.`,
      )
    }
    case 'style':
      return l(
        `This SVG’s styles (on <${problem.element}>) load something from outside: @import, or url() to anything but a part of the file (#…). Remove them and upload it again.`,
        `Les styles de ce SVG (sur <${problem.element}>) chargent quelque chose de l’extérieur : @import, ou url() vers autre chose qu’une partie du fichier (#…). Supprimez-les et envoyez-le de nouveau.`,
        `تجلب أنماط ملف SVG هذا (في ${ltr(`<${problem.element}>`)}) شيئًا من خارجه: ${ltr('@import')} أو ${ltr('url()')} تشير إلى غير جزء من الملف (${ltr('#…')}). احذفها ثم ارفعه من جديد.`,
      )
    case 'no-size':
      return l(
        'This SVG has no size: give its <svg> element a viewBox (or a width and height in pixels), so the site can draw it in proportion.',
        'Ce SVG n’a pas de dimensions : donnez à son élément <svg> un attribut viewBox (ou une largeur et une hauteur en pixels), pour que le site l’affiche dans ses proportions.',
        `ليس لملف SVG هذا أبعاد: أضف إلى عنصر ${ltr('<svg>')} السمة viewBox (أو عرضًا وارتفاعًا بالبكسل) ليعرضه الموقع بتناسبه الصحيح.`,
      )
  }
}
