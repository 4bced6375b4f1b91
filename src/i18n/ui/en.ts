/** English UI strings: the reference dictionary every other locale must match key for key. */
export default {
  "site.name": "Kolba",
  "site.tagline": "Learn Flask's ideas by running them",
  "nav.skip": "Skip to content",
  "nav.home": "Course home",
  "nav.language": "Language",
  "nav.lessons": "Lessons",
  "nav.previous": "Previous lesson",
  "nav.next": "Next lesson",
  "home.title": "Learn Flask by doing",
  "home.intro":
    "Each lesson explains one idea of the Flask web framework and shows it as a small app you can read, change and run. Every TypeScript example sits beside the same app written in Python with Flask.",
  "home.lessons": "Lessons",
  "home.empty": "No lessons in this language yet.",
  "lesson.label": "Lesson {n}",
  "lesson.outline": "Course outline",
  "footer.text": "Kolba is a free course about the Flask web framework.",
  "notFound.title": "Page not found",
  "notFound.body": "There is no page at this address. The course home lists every lesson.",
  "root.title": "Choose your language",
  "root.body": "Kolba is available in these languages:",
} as const;
