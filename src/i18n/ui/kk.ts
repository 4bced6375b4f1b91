/** Kazakh UI strings. */
export default {
  "site.name": "Kolba",
  "site.tagline": "Flask идеяларын іске қосып үйреніңіз",
  "nav.skip": "Мазмұнға өту",
  "nav.home": "Курстың басты беті",
  "nav.language": "Тіл",
  "nav.lessons": "Сабақтар",
  "nav.previous": "Алдыңғы сабақ",
  "nav.next": "Келесі сабақ",
  "home.title": "Flask-ті іс жүзінде үйреніңіз",
  "home.intro":
    "Әр сабақ Flask веб-фреймворкінің бір идеясын түсіндіріп, оны оқуға, өзгертуге және іске қосуға болатын шағын қосымша арқылы көрсетеді. Әрбір TypeScript мысалының жанында Python тілінде Flask-пен жазылған дәл сол қосымша тұр.",
  "home.lessons": "Сабақтар",
  "home.empty": "Бұл тілде әзірге сабақ жоқ.",
  "lesson.label": "{n}-сабақ",
  "lesson.outline": "Курс мазмұны",
  "footer.text": "Kolba – Flask веб-фреймворкі туралы тегін курс.",
  "notFound.title": "Бет табылмады",
  "notFound.body": "Бұл мекенжайда бет жоқ. Барлық сабақтың тізімі курстың басты бетінде.",
  "root.title": "Тілді таңдаңыз",
  "root.body": "Kolba мына тілдерде бар:",
} as const;
