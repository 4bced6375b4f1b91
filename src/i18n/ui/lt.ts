/** Lithuanian UI strings. */
export default {
  "site.name": "Kolba",
  "site.tagline": "Flask idėjos, išbandytos savo rankomis",
  "nav.skip": "Pereiti prie turinio",
  "nav.home": "Kurso pradžia",
  "nav.language": "Kalba",
  "nav.lessons": "Pamokos",
  "nav.previous": "Ankstesnė pamoka",
  "nav.next": "Kita pamoka",
  "home.title": "Mokykitės Flask darydami",
  "home.intro":
    "Kiekviena pamoka paaiškina vieną Flask karkaso idėją ir parodo ją nedidele programa, kurią galite perskaityti, pakeisti ir paleisti. Šalia kiekvieno TypeScript pavyzdžio rasite tą pačią programą, parašytą Python kalba su Flask.",
  "home.lessons": "Pamokos",
  "home.empty": "Šia kalba pamokų dar nėra.",
  "lesson.label": "{n} pamoka",
  "lesson.outline": "Kurso turinys",
  "footer.text": "Kolba – nemokamas kursas apie Flask žiniatinklio karkasą.",
  "notFound.title": "Puslapis nerastas",
  "notFound.body": "Šiuo adresu puslapio nėra. Visas pamokas rasite kurso pradžioje.",
  "root.title": "Pasirinkite kalbą",
  "root.body": "Kolba galima skaityti šiomis kalbomis:",
} as const;
