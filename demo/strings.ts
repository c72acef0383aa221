/**
 * The demo page's own words (section headings and the note under the region
 * name) in each demo language, so a reader who picks Arabic does not get
 * Swedish headings marked as Arabic around the widgets.
 */
export interface DemoText {
  calendar: string;
  cards: string;
  map: string;
  goals: string;
  intro: string;
}

export const DEMO_TEXT: Record<string, DemoText> = {
  sv: {
    calendar: 'Kalender',
    cards: 'Information',
    map: 'Partner',
    goals: 'Mål',
    intro: 'Exempelsida med regionens exempelflöde. Allt som är påhittat (siffror, framtida datum) är märkt som exempeldata.',
  },
  en: {
    calendar: 'Calendar',
    cards: 'Information',
    map: 'Partners',
    goals: 'Goals',
    intro: "Example page with the region's sample feed. Everything made up (figures, future dates) is marked as example data.",
  },
  ar: {
    calendar: 'التقويم',
    cards: 'معلومات',
    map: 'الشركاء',
    goals: 'الأهداف',
    intro: 'صفحة مثال ببيانات المنطقة التجريبية. كل ما هو مختلَق (الأرقام والتواريخ المستقبلية) مُعلَّم بأنه بيانات توضيحية.',
  },
  fa: {
    calendar: 'تقویم',
    cards: 'اطلاعات',
    map: 'شریکان',
    goals: 'اهداف',
    intro: 'صفحهٔ نمونه با دادهٔ نمونهٔ منطقه. هر چیز ساختگی (ارقام، تاریخ‌های آینده) با برچسب «دادهٔ نمونه» مشخص شده است.',
  },
  prs: {
    calendar: 'تقویم',
    cards: 'معلومات',
    map: 'شریکان',
    goals: 'اهداف',
    intro: 'صفحهٔ نمونه با معلومات نمونهٔ ساحه. هر چیزی که ساختگی است (ارقام، تاریخ‌های آینده) با نشان «معلومات نمونه» مشخص شده است.',
  },
  so: {
    calendar: 'Jadwalka',
    cards: 'Macluumaad',
    map: 'La-hawlgalayaasha',
    goals: 'Yoolalka',
    intro: 'Bog tusaale ah oo leh xogta tusaalaha ah ee gobolka. Wax kasta oo la sameeyay (tirooyin, taariikho mustaqbalka ah) waxaa lagu calaamadeeyay xog tusaale ah.',
  },
  ti: {
    calendar: 'ዓውደ-ኣዋርሕ',
    cards: 'ሓበሬታ',
    map: 'ሻርካት',
    goals: 'ሸቶታት',
    intro: 'ኣብነታዊ ገጽ ምስ ኣብነታዊ ሓበሬታ ናይቲ ዞባ። ዝተፈጥረ ኩሉ (ቁጽርታት፡ መጻኢ ዕለታት) ከም ኣብነታዊ ዳታ ተመልኪቱ ኣሎ።',
  },
  uk: {
    calendar: 'Календар',
    cards: 'Інформація',
    map: 'Партнери',
    goals: 'Цілі',
    intro: 'Приклад сторінки зі зразком даних регіону. Усе вигадане (цифри, майбутні дати) позначено як приклад даних.',
  },
  ru: {
    calendar: 'Календарь',
    cards: 'Информация',
    map: 'Партнёры',
    goals: 'Цели',
    intro: 'Пример страницы с образцом данных региона. Всё выдуманное (цифры, будущие даты) отмечено как пример данных.',
  },
};
