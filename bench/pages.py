"""Public pages under load: the home page and a standard page in two languages, against
robots.txt (a bare Django view, no database) as the floor. Also the server-side cost of one
uncached home page: queries and CPU milliseconds, measured in-process."""

from bench.common import Server, demo_site, load, report, server_cost

PATHS = ["/robots.txt", "/en/", "/ar/", "/fr/about/", "/es/search/?q=red"]


def main():
    env = demo_site()
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1")
    for path in PATHS[1:]:
        report(f"in-process {path}", server_cost(client, path, repeats=50))
    with Server(env) as server:
        for path in PATHS:
            report(f"gunicorn {path}", load(server.base + path))


if __name__ == "__main__":
    main()
