// Stripe.js tokenises the card in the browser; the form then posts only the token.
(function () {
  "use strict";
  var form = document.getElementById("donate-form");
  if (!form || typeof Stripe === "undefined") {
    return;
  }
  var stripe = Stripe(form.dataset.publishableKey);
  var card = stripe.elements().create("card");
  card.mount("#card-element");
  var errors = document.getElementById("card-errors");
  var custom = form.elements.custom_amount;
  var other = form.querySelector("input[name=choice][value=other]");
  if (custom && other) {
    // Typing an amount of one's own chooses "Other amount".
    custom.addEventListener("input", function () {
      other.checked = true;
    });
  }
  var button = form.querySelector("button[type=submit]");

  form.addEventListener("submit", function (event) {
    if (form.elements.card_token.value) {
      return;
    }
    event.preventDefault();
    button.disabled = true;
    errors.textContent = "";
    stripe.createToken(card).then(function (result) {
      if (result.error || !result.token) {
        var detail = result.error && result.error.message ? " " + result.error.message : "";
        errors.textContent = form.dataset.cardError + detail;
        button.disabled = false;
        return;
      }
      form.elements.card_token.value = result.token.id;
      form.submit();
    });
  });
})();
