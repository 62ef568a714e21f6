#!/usr/bin/python3
"""A real SMTP server for the mail tests: aiosmtpd (Debian's python3-aiosmtpd)
with STARTTLS required and AUTH (PLAIN/LOGIN, only after STARTTLS) required.
Each message it accepts is written to DIR as <n>.eml (the message as
received) with <n>.json beside it (envelope, whether TLS was on, who signed
in). --fail-first N answers the first N messages with a temporary error (451),
--reject answers every recipient with a permanent one (550).

    smtp_server.py --dir DIR --cert PEM --key KEY --user NAME --password TEXT
Prints "smtp: listening on 127.0.0.1:PORT" when ready; stops on SIGTERM."""
import argparse
import email
import email.policy
import json
import os
import signal
import socket
import ssl
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


def main():
    parser = argparse.ArgumentParser()
    for name in ("--dir", "--cert", "--key", "--user", "--password"):
        parser.add_argument(name, required=True)
    parser.add_argument("--fail-first", type=int, default=0)
    parser.add_argument("--reject", action="store_true")
    args = parser.parse_args()

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(args.cert, args.key)
    state = {"received": 0, "failed": 0}

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword) and auth_data.login.decode() == args.user
              and auth_data.password.decode() == args.password)
        return AuthResult(success=ok, auth_data=auth_data if ok else None)

    class Handler:
        async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
            if args.reject:
                return "550 5.1.1 No such mailbox here"
            envelope.rcpt_tos.append(address)
            return "250 OK"

        async def handle_DATA(self, server, session, envelope):
            if state["failed"] < args.fail_first:
                state["failed"] += 1
                return "451 4.3.0 Try again later"
            state["received"] += 1
            base = os.path.join(args.dir, "%d" % state["received"])
            with open(base + ".eml.tmp", "wb") as f:
                f.write(envelope.original_content or envelope.content)
            # What a mail reader shows: headers decoded, each part decoded.
            message = email.message_from_bytes(envelope.original_content or envelope.content,
                                               policy=email.policy.default)
            plain = message.get_body(("plain",))
            html = message.get_body(("html",))
            with open(base + ".json.tmp", "w") as f:
                json.dump({"subject": str(message["subject"]), "from": str(message["from"]),
                           "to": str(message["to"]), "date": str(message["date"]),
                           "content_type": message.get_content_type(),
                           "text": plain.get_content() if plain else None,
                           "html": html.get_content() if html else None,
                           "raw": (envelope.original_content or envelope.content).decode("utf-8", "replace"),
                           "mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos,
                           "tls": session.ssl is not None, "authenticated": bool(session.authenticated),
                           "login": getattr(session.auth_data, "login", b"").decode()}, f)
            os.rename(base + ".json.tmp", base + ".json")
            os.rename(base + ".eml.tmp", base + ".eml")
            return "250 Message accepted"

    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    controller = Controller(Handler(), hostname="127.0.0.1", port=port, tls_context=context,
                            require_starttls=True, auth_required=True, auth_require_tls=True,
                            authenticator=authenticator, server_hostname="localhost")
    controller.start()
    print("smtp: listening on 127.0.0.1:%d" % port, flush=True)
    signal.sigwait({signal.SIGTERM, signal.SIGINT})
    controller.stop()


if __name__ == "__main__":
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM, signal.SIGINT})
    main()
