// Shows an assembly's start in the visitor's own timezone, next to the assembly's own.
document.querySelectorAll("[data-local-time-for]").forEach((element) => {
  const moment = new Date(element.dataset.localTimeFor);
  const formatted = new Intl.DateTimeFormat(document.documentElement.lang, {
    dateStyle: "full",
    timeStyle: "long",
  }).format(moment);
  element.textContent = `${element.dataset.label} ${formatted}`;
  element.hidden = false;
});
