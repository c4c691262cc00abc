// Budget lines of the application form: lines are added and removed without saving, and the
// total follows what is typed. Without script the form's spare rows and "Remove" boxes do the
// same when the draft is saved; the script only drives those same fields.
const budget = document.querySelector("[data-budget]");
if (budget) {
  const rows = budget.querySelector("tbody");
  const template = budget.querySelector("template");
  const totalForms = budget.querySelector("input[name$='-TOTAL_FORMS']");
  const output = budget.querySelector("[data-live-total] output");
  const addButton = budget.querySelector("[data-add-line]");
  // Latin digits, as the server writes amounts in every language.
  const format = new Intl.NumberFormat(`${document.documentElement.lang}-u-nu-latn`, {
    style: "currency",
    currency: budget.dataset.currency,
  });

  const visibleRows = () => [...rows.querySelectorAll("[data-budget-line]")].filter((row) => !row.hidden);

  const update = () => {
    let cents = 0;
    visibleRows().forEach((row, index) => {
      row.querySelectorAll("[data-line-number]").forEach((number) => {
        number.textContent = index + 1;
      });
      const typed = row.querySelector("input[name$='-amount']").value.trim().replace(",", ".");
      const amount = Number.parseFloat(typed);
      if (!Number.isNaN(amount)) {
        cents += Math.round(amount * 100);
      }
    });
    output.value = format.format(cents / 100);
  };

  const enhance = (row) => {
    const box = row.querySelector("[data-remove-box]");
    const remove = row.querySelector("[data-remove-line]");
    const checkbox = box.querySelector("input[type=checkbox]");
    box.hidden = true;
    remove.hidden = false;
    row.hidden = checkbox.checked;
    remove.addEventListener("click", () => {
      checkbox.checked = true;
      row.hidden = true;
      update();
      addButton.focus();
    });
  };

  addButton.addEventListener("click", () => {
    const index = Number(totalForms.value);
    const html = template.innerHTML.replaceAll("__prefix__", String(index));
    rows.insertAdjacentHTML("beforeend", html);
    totalForms.value = String(index + 1);
    const row = rows.lastElementChild;
    enhance(row);
    update();
    row.querySelector("input[name$='-item']").focus();
  });

  rows.querySelectorAll("[data-budget-line]").forEach(enhance);
  budget.addEventListener("input", update);
  budget.querySelector("[data-saved-total]").hidden = true;
  budget.querySelector("[data-live-total]").hidden = false;
  addButton.hidden = false;
  update();
}
