// Forms on publicly cached pages carry no CSRF token (website/caching.py): fetch one
// privately when the form is sent. If the fetch fails the form goes without it and the
// server offers it again with a token.
document.addEventListener("submit", async (event) => {
    const form = event.target;
    const input = form.querySelector("input[data-token-from]");
    if (!input || input.value) {
        return;
    }
    event.preventDefault();
    try {
        const response = await fetch(input.dataset.tokenFrom, {
            credentials: "same-origin",
            cache: "no-store",
        });
        if (!response.ok) {
            throw new Error(response.statusText);
        }
        input.value = (await response.json()).token;
    } catch (error) {
        form.submit();
        return;
    }
    form.requestSubmit(event.submitter);
});
