// The bank asked for confirmation (3-D Secure): Stripe.js runs it, then we go to the thanks page.
(function () {
  "use strict";
  var box = document.getElementById("authenticate");
  if (!box || typeof Stripe === "undefined") {
    return;
  }
  var stripe = Stripe(box.dataset.publishableKey);
  stripe.confirmCardPayment(box.dataset.clientSecret).then(function (result) {
    if (result.error) {
      document.getElementById("authenticate-error").hidden = false;
    } else {
      window.location.assign(box.dataset.thanksUrl);
    }
  });
})();
