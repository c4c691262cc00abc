"""Pages of the grants process by who uses them: applicants, reviewers, the fund's staff and
committee, and the public. Each view checks the person's role on the object, calls one domain
function and renders."""
