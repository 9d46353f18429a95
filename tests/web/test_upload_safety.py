"""Bad uploads: one line (the CLI's), nothing written outside the session folder, the folder deleted."""

from __future__ import annotations

import io
import socket
import stat
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from drafter.testing.cli import run_drafter

from .conftest import EXAMPLES, ROOT, example_zip, serve, tree

EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + bytes(4096)  # a Windows program's first bytes
HUNDRED_MB = 100 << 20


def sessions_left(work: Path) -> list[Path]:
    return [p for p in work.rglob("s-*") if p.is_dir()]


def one_line(response) -> str:
    line = response.json()["error"]
    assert line.startswith("错误 / error: ") and "\n" not in line and "drafter-web-" not in line and "/s-" not in line
    return line


def evil_zip(*names: str, link: str | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("tianhe-2022/input.yaml", (EXAMPLES / "tianhe-2022" / "input.yaml").read_bytes())
        for name in names:
            info = zipfile.ZipInfo(name)
            zf.writestr(info, "被篡改的内容\n")
        if link:
            info = zipfile.ZipInfo("tianhe-2022/worklogs/link.md")
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            zf.writestr(info, link)
    return buf.getvalue()


def test_an_exe_renamed_xlsx_gets_the_line_the_cli_prints(client, tmp_path: Path, drafter_home: Path) -> None:
    before = tree(ROOT / "examples", client.work)
    response = client.post("/api/jobs", files={"file": ("自评表.xlsx", EXE)})
    assert response.status_code == 400
    line = one_line(response)
    (tmp_path / "自评表.xlsx").write_bytes(EXE)
    cli = run_drafter("draft", "自评表.xlsx", home=drafter_home, cwd=tmp_path)
    assert cli.returncode == 2 and cli.stderr.strip() == line  # the same words, the same file name
    assert tree(ROOT / "examples", client.work) == before  # the refused upload's session folder is gone too
    assert client.get("/").status_code == 200


@pytest.mark.parametrize("endpoint", ["/api/jobs", "/api/draft", "/api/import", "/api/summarize"])
def test_a_100_mb_upload_is_refused_in_one_line_and_leaves_nothing(client, endpoint: str) -> None:
    response = client.post(endpoint, files={"file": ("自评表.xlsx", bytes(HUNDRED_MB))})
    assert response.status_code == 413
    assert one_line(response) == "错误 / error: 上传内容超过 20 MB 上限 / upload larger than 20 MB"
    assert sessions_left(client.work) == []


def test_a_100_mb_body_without_content_length_is_cut_off_at_the_limit(client) -> None:
    def chunks():  # a well-formed multipart body with a 100 MB file, sent without Content-Length
        yield b'--x\r\nContent-Disposition: form-data; name="file"; filename="big.yaml"\r\n\r\n'
        for _ in range(100):
            yield bytes(1 << 20)
        yield b"\r\n--x--\r\n"

    response = client.post("/api/jobs", content=chunks(),
                           headers={"content-type": "multipart/form-data; boundary=x", "transfer-encoding": "chunked"})
    assert response.status_code == 413
    assert one_line(response).startswith("错误 / error: 上传内容超过 20 MB")
    assert sessions_left(client.work) == []


def test_the_real_server_refuses_100_mb_from_the_headers_before_reading_the_body(tmp_path: Path) -> None:
    server = serve(tmp_path)
    try:
        host, port = urlsplit(server.url).hostname, urlsplit(server.url).port
        with socket.create_connection((host, port), timeout=10) as sock:
            sock.sendall(f"POST /api/jobs HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: multipart/form-data; "
                         f"boundary=x\r\nContent-Length: {HUNDRED_MB}\r\n\r\n".encode())
            reply = b""
            while chunk := sock.recv(65536):  # nothing of the body is sent; the server answers and closes
                reply += chunk
        reply = reply.decode("utf-8")
        assert reply.startswith("HTTP/1.1 413")
        assert "上传内容超过 20 MB 上限" in reply
    finally:
        server.stop()


@pytest.mark.parametrize("member", [
    "../../evil.txt",
    "tianhe-2022/worklogs/../../../evil.txt",
    "/tmp/evil-from-zip.txt",
    "..\\..\\evil.txt",
    "C:/evil.txt",
])
def test_a_zip_reaching_outside_its_folder_is_refused_whole(client, tmp_path: Path, member: str) -> None:
    before = tree(tmp_path)
    response = client.post("/api/jobs", files={"file": ("tianhe-2022.zip", evil_zip(member))})
    assert response.status_code == 400
    line = one_line(response)
    assert line.startswith("错误 / error: tianhe-2022.zip: 压缩包中的路径") and "已拒绝" in line
    assert tree(tmp_path) == before
    assert not Path("/tmp/evil-from-zip.txt").exists()
    assert sessions_left(client.work) == []


def test_a_zip_holding_a_link_is_refused(client, tmp_path: Path) -> None:
    before = tree(tmp_path)
    response = client.post("/api/jobs", files={"file": ("tianhe-2022.zip", evil_zip(link="/etc/passwd"))})
    assert response.status_code == 400
    assert "是链接，已拒绝" in one_line(response)
    assert tree(tmp_path) == before


def test_a_zip_bomb_is_refused_before_extraction(client, tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("tianhe-2022/input.yaml", (EXAMPLES / "tianhe-2022" / "input.yaml").read_bytes())
        zf.writestr("tianhe-2022/worklogs/huge.md", bytes(90 << 20))  # compresses to ~90 KB
    before = tree(tmp_path)
    response = client.post("/api/jobs", files={"file": ("tianhe-2022.zip", buf.getvalue())})
    assert response.status_code == 400
    assert "解压后超过 80 MB" in one_line(response)
    assert tree(tmp_path) == before


def test_a_file_name_with_a_path_is_reduced_to_its_name(client, tmp_path: Path) -> None:
    before = tree(tmp_path)
    data = (EXAMPLES / "tianhe-2022" / "input.yaml").read_bytes()
    response = client.post("/api/jobs", files={"file": ("../../../input.yaml", data)})
    assert response.status_code == 200 and response.json()["file"] == "input.yaml"
    client.delete(f"/api/jobs/{response.json()['id']}")
    assert tree(tmp_path) == before


def test_session_folders_are_deleted_after_one_shot_calls_and_with_their_job(client) -> None:
    assert client.post("/api/draft", files={"file": ("t.zip", example_zip("tianhe-2022"))}).status_code == 200
    assert sessions_left(client.work) == []
    job = client.post("/api/jobs", files={"file": ("t.zip", example_zip("tianhe-2022"))}).json()
    assert len(sessions_left(client.work)) == 1
    assert client.delete(f"/api/jobs/{job['id']}").json() == {"deleted": True}
    assert sessions_left(client.work) == []
    assert client.get(f"/api/jobs/{job['id']}").status_code == 404


@pytest.mark.parametrize("job_id", ["..%2F..%2Fetc", "0" * 31 + "g", "%2Ftmp"])
def test_a_job_id_never_reaches_the_file_system(client, job_id: str) -> None:
    response = client.get(f"/api/jobs/{job_id}/download")
    assert response.status_code == 404


def test_the_whole_work_folder_goes_at_shutdown(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from drafter.web import WebSettings, create_app

    with TestClient(create_app(WebSettings(workdir=tmp_path)), base_url="http://127.0.0.1") as c:
        c.post("/api/jobs", files={"file": ("t.zip", example_zip("tianhe-2022"))})
        assert list(tmp_path.iterdir())
    assert list(tmp_path.iterdir()) == []


def test_the_page_keeps_working_after_bad_uploads(client) -> None:
    for name, data in [("自评表.xlsx", EXE), ("a.zip", b"PK\x03\x04broken"), ("a.exe", EXE), ("空.yaml", b"")]:
        assert client.post("/api/jobs", files={"file": (name, data)}).status_code == 400
    assert client.post("/api/jobs", files={"file": ("t.zip", example_zip("tianhe-2022"))}).status_code == 200


def test_a_zip_made_on_chinese_windows_keeps_its_chinese_file_names(client) -> None:
    """Older Windows zips store GBK names without the UTF-8 flag; they must not become mojibake."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("XXXXXXXX/input.yaml", (EXAMPLES / "tianhe-2022" / "input.yaml").read_bytes())
        zf.writestr("XXXXXXXX/worklogs/XXXX.md", (EXAMPLES / "tianhe-2022" / "worklogs" / "2022-05-三防.md").read_bytes())
    data = buf.getvalue().replace(b"XXXXXXXX", "天河应急".encode("gbk")).replace(b"XXXX.md", "三防.md".encode("gbk"))
    response = client.post("/api/import", files={"file": ("天河.zip", data)})
    assert response.status_code == 200
    assert {log["source"] for log in response.json()["input"]["logs"]} == {"worklogs/三防.md"}
