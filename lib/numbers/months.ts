/**
 * Month names as ad libraries, shops and social networks write them, per language: full names
 * and abbreviations, index 0 = January. Matched case-insensitively, longest first.
 * Languages that write months as numbers (ko 3월, ja/zh 3月, vi tháng 3) are read by pattern
 * in date.ts instead.
 */
export const MONTHS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  en: [['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'], ['july', 'jul'], ['august', 'aug'], ['september', 'sept', 'sep'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec']],
  de: [['januar', 'jänner', 'jän'], ['februar'], ['märz', 'mär', 'maerz'], ['april'], ['mai'], ['juni'], ['juli'], ['august'], ['september'], ['oktober', 'okt'], ['november'], ['dezember', 'dez']],
  fr: [['janvier', 'janv'], ['février', 'févr', 'fevrier', 'fév'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'], ['juillet', 'juil'], ['août', 'aout'], ['septembre'], ['octobre'], ['novembre'], ['décembre', 'déc', 'decembre']],
  es: [['enero', 'ene'], ['febrero'], ['marzo'], ['abril', 'abr'], ['mayo'], ['junio'], ['julio'], ['agosto', 'ago'], ['septiembre', 'setiembre', 'sept', 'set'], ['octubre'], ['noviembre'], ['diciembre', 'dic']],
  pt: [['janeiro'], ['fevereiro', 'fev'], ['março', 'marco'], ['abril'], ['maio'], ['junho'], ['julho'], ['agosto'], ['setembro'], ['outubro', 'out'], ['novembro'], ['dezembro', 'dez']],
  it: [['gennaio', 'gen'], ['febbraio'], ['marzo'], ['aprile'], ['maggio', 'mag'], ['giugno', 'giu'], ['luglio', 'lug'], ['agosto'], ['settembre'], ['ottobre', 'ott'], ['novembre'], ['dicembre']],
  nl: [['januari'], ['februari'], ['maart', 'mrt'], ['april'], ['mei'], ['juni'], ['juli'], ['augustus'], ['september'], ['oktober'], ['november'], ['december']],
  sv: [['januari'], ['februari'], ['mars'], ['april'], ['maj'], ['juni'], ['juli'], ['augusti'], ['september'], ['oktober'], ['november'], ['december']],
  pl: [['stycznia', 'styczeń', 'sty'], ['lutego', 'luty', 'lut'], ['marca', 'marzec'], ['kwietnia', 'kwiecień', 'kwi'], ['maja', 'maj'], ['czerwca', 'czerwiec', 'cze'], ['lipca', 'lipiec', 'lip'], ['sierpnia', 'sierpień', 'sie'], ['września', 'wrzesień', 'wrz'], ['października', 'październik', 'paź'], ['listopada', 'listopad', 'lis'], ['grudnia', 'grudzień', 'gru']],
  ru: [['января', 'январь', 'янв'], ['февраля', 'февраль', 'фев'], ['марта', 'март'], ['апреля', 'апрель', 'апр'], ['мая', 'май'], ['июня', 'июнь', 'июн'], ['июля', 'июль', 'июл'], ['августа', 'август', 'авг'], ['сентября', 'сентябрь', 'сен'], ['октября', 'октябрь', 'окт'], ['ноября', 'ноябрь', 'ноя'], ['декабря', 'декабрь', 'дек']],
  tr: [['ocak'], ['şubat'], ['mart'], ['nisan'], ['mayıs'], ['haziran'], ['temmuz'], ['ağustos'], ['eylül'], ['ekim'], ['kasım'], ['aralık']],
  id: [['januari'], ['februari', 'feb'], ['maret', 'mar'], ['april', 'apr'], ['mei'], ['juni', 'jun'], ['juli', 'jul'], ['agustus', 'agu', 'ags'], ['september', 'sep'], ['oktober', 'okt'], ['november', 'nov'], ['desember', 'des']],
  th: [['มกราคม', 'ม.ค.', 'ม.ค'], ['กุมภาพันธ์', 'ก.พ.', 'ก.พ'], ['มีนาคม', 'มี.ค.', 'มี.ค'], ['เมษายน', 'เม.ย.', 'เม.ย'], ['พฤษภาคม', 'พ.ค.', 'พ.ค'], ['มิถุนายน', 'มิ.ย.', 'มิ.ย'], ['กรกฎาคม', 'ก.ค.', 'ก.ค'], ['สิงหาคม', 'ส.ค.', 'ส.ค'], ['กันยายน', 'ก.ย.', 'ก.ย'], ['ตุลาคม', 'ต.ค.', 'ต.ค'], ['พฤศจิกายน', 'พ.ย.', 'พ.ย'], ['ธันวาคม', 'ธ.ค.', 'ธ.ค']],
  ar: [['يناير', 'كانون الثاني'], ['فبراير', 'شباط'], ['مارس', 'آذار'], ['أبريل', 'ابريل', 'إبريل', 'نيسان'], ['مايو', 'أيار'], ['يونيو', 'يونيه', 'حزيران'], ['يوليو', 'يوليه', 'تموز'], ['أغسطس', 'اغسطس', 'آب'], ['سبتمبر', 'أيلول'], ['أكتوبر', 'اكتوبر', 'تشرين الأول'], ['نوفمبر', 'تشرين الثاني'], ['ديسمبر', 'كانون الأول']],
  he: [['ינואר'], ['פברואר'], ['מרץ'], ['אפריל'], ['מאי'], ['יוני'], ['יולי'], ['אוגוסט'], ['ספטמבר'], ['אוקטובר'], ['נובמבר'], ['דצמבר']],
};

/** Month names of every language → month number (1-12). Shared spellings agree on the month. */
export const MONTH_INDEX: ReadonlyMap<string, number> = new Map(
  Object.values(MONTHS).flatMap((months) => months.flatMap((names, i) => names.map((n) => [n, i + 1] as const))),
);
