"""`python -m drafter` and the `drafter` script."""

import sys


def main() -> None:
    if sys.argv[1:] == ["--version"]:  # answered before typer and pydantic load: scripts probe with it
        from . import __version__

        try:
            print(f"drafter {__version__}", flush=True)
        except OSError as e:
            import os

            os.dup2(os.open(os.devnull, os.O_WRONLY), 1)  # or the interpreter's last flush prints its own error
            print(f"错误 / error: 无法写入标准输出 / cannot write to standard output ({e.strerror})", file=sys.stderr)
            sys.exit(2)
        return
    import os

    # pydantic looks up plugins in every installed distribution's entry points on first use (15–20 ms of each
    # start); drafter uses none. A user who sets the variable keeps their choice.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    if next((a for a in sys.argv[1:] if not a.startswith("-")), None) == "check":
        import gc

        # A one-shot check allocates hundreds of thousands of objects that form no cycles (the index, the
        # mentions, the report): the cyclic collector would only walk them again and again (15 % of the run).
        # The process ends with the command; `serve` and the other verbs keep the collector.
        gc.disable()
    from .regex_cache import compiled_regexes

    with compiled_regexes():  # the command's regexes read back compiled: most of its start (regex_cache.py)
        from .cli import main as cli_main

        cli_main()


if __name__ == "__main__":
    main()
