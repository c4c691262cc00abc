vcl 4.1;

# The caching proxy in front of the app servers (Varnish 7, Debian's `varnish` package).
#
# Interface: this file is the same everywhere (tests/proxy, the loopback stack, production);
# whoever starts Varnish writes `backends.vcl` in a folder on Varnish's `vcl_path`, defining:
#
#   - `sub app_backend { set req.backend_hint = ...; }`: picks the app server for a request
#     (one `backend`, or a round-robin director over several, created in its own `vcl_init`);
#   - `acl app_servers { ... }`: the app servers' addresses, the only clients whose PURGE is
#     obeyed (the app purges on publish, FRONTEND_CACHE_PURGE_URL pointing here).
#
# and starts: varnishd -f /path/to/deploy/varnish.vcl -p vcl_path=<dir of backends.vcl>:/etc/varnish
#
# Responses carry `X-Cache: HIT`, `MISS` or `PASS`.
#
# Caching rules: the app marks what a shared cache may keep (`Cache-Control: public,
# s-maxage=…` on anonymous pages that set no cookie, `private` on the rest; website/caching.py)
# and Varnish follows it. What Varnish decides itself is which requests reach the cache:
#   - a signed-in person's requests (the `sessionid` cookie; Django's default names) and a pending flash message (the
#     `messages` cookie, shown once and then deleted by the app) go to the app;
#   - the sign-in, account, members, grants work, donation-management, admin, health and
#     token addresses always go to the app, cookies untouched;
#   - every other GET/HEAD drops its cookies (the CSRF token a form left, the language choice):
#     public pages never read them, so a visitor who has used a form shares the cached pages.

include "backends.vcl";

sub vcl_recv {
    call app_backend;

    if (req.method == "PURGE") {
        if (client.ip ~ app_servers) {
            return (purge);
        }
        return (synth(405, "PURGE is accepted from the app servers only"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin/|csrf-token|healthz|stripe/)"
        || req.url ~ "^/[a-z]{2}(-[a-z]+)?/(accounts|members|_util|donations)/"
        || req.url ~ "^/[a-z]{2}(-[a-z]+)?/grants/(applications|attachments|reviews|staff)/") {
        return (pass);
    }
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|messages)=") {
        return (pass);
    }
    unset req.http.Cookie;
    return (hash);
}

sub vcl_hit {
    set req.http.X-Cache = "HIT";
}

sub vcl_miss {
    set req.http.X-Cache = "MISS";
}

sub vcl_pass {
    set req.http.X-Cache = "PASS";
}

sub vcl_backend_response {
    # A response that sets a cookie (a session, a token, a message) is never kept or shared,
    # whatever its Cache-Control says.
    if (beresp.http.Set-Cookie) {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
}

sub vcl_deliver {
    set resp.http.X-Cache = req.http.X-Cache;
}
