"""Hostile and broken files built in code: zip bombs, broken packages, PDFs and deep emails.

Shared by the tests and ``bench/hostile_inputs.py``; every byte is generated here.
"""

from __future__ import annotations

import io
import zipfile
import zlib

_CT = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_bytes(body: str | bytes, *, content_types: str = _CT, root: str = "w:document") -> bytes:
    """A minimal Word package around ``body`` (the inside of ``<w:body>``)."""
    raw = body.encode() if isinstance(body, str) else body
    document = (
        f'<?xml version="1.0" encoding="UTF-8"?><{root} xmlns:w="{_W}"><w:body>'.encode()
        + raw
        + f"</w:body></{root}>".encode()
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", content_types)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("word/document.xml", document)
    return buf.getvalue()


def paragraphs(n: int) -> str:
    return "".join(f"<w:p><w:r><w:t>Item {i} was agreed.</w:t></w:r></w:p>" for i in range(n))


def whitespace_docx(megabytes: int) -> bytes:
    """A Word package whose document part inflates to ``megabytes`` MB of spaces."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("_rels/.rels", _RELS)
        with z.open("word/document.xml", "w", force_zip64=True) as fh:
            fh.write(f'<w:document xmlns:w="{_W}"><w:body><w:p><w:r><w:t>A'.encode())
            chunk = b" " * 2**20
            for _ in range(megabytes):
                fh.write(chunk)
            fh.write(b"memo.</w:t></w:r></w:p></w:body></w:document>")
    return buf.getvalue()


def corrupt_deflate() -> bytes:
    data = bytearray(docx_bytes(paragraphs(50)))
    at = data.find(b"word/document.xml") + len("word/document.xml") + 40
    data[at : at + 16] = b"\xff" * 16
    return bytes(data)


def unknown_compression() -> bytes:
    """A package whose document part claims compression method 99, which nothing implements."""
    data = bytearray(docx_bytes(paragraphs(5)))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as z:
        info = z.getinfo("word/document.xml")
    data[info.header_offset + 8 : info.header_offset + 10] = (99).to_bytes(2, "little")
    name = b"word/document.xml"
    central = data.rfind(b"PK\x01\x02", 0, data.rfind(name))
    data[central + 10 : central + 12] = (99).to_bytes(2, "little")
    return bytes(data)


def billion_laughs() -> bytes:
    entities = '<!ENTITY a0 "ha">' + "".join(
        f'<!ENTITY a{i} "{("&a" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    )
    document = (
        f'<?xml version="1.0"?><!DOCTYPE w:document [{entities}]>'
        f'<w:document xmlns:w="{_W}"><w:body><w:p><w:r><w:t>&a9;</w:t></w:r></w:p>'
        "</w:body></w:document>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("word/document.xml", document)
    return buf.getvalue()


def pdf_bytes(content: bytes, *, filters: str = "", extra_trailer: str = "") -> bytes:
    """A one-page PDF whose content stream is ``content`` (already encoded per ``filters``)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} {filters} >>\nstream\n".encode() + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R {extra_trailer}>>\n".encode()
    out += f"startxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


TEXT_OPS = b"BT /F1 12 Tf 72 700 Td (The board agreed the budget on Monday.) Tj ET"


def aes256_pdf() -> bytes:
    enc = (
        "/Encrypt << /Filter /Standard /V 5 /R 6 /Length 256 /P -1 "
        f"/O <{'00' * 48}> /U <{'00' * 48}> /OE <{'00' * 32}> /UE <{'00' * 32}> "
        f"/Perms <{'00' * 16}> /CF << /StdCF << /CFM /AESV3 /AuthEvent /DocOpen /Length 32 >> >> "
        "/StmF /StdCF /StrF /StdCF >> /ID [<00112233445566778899aabbccddeeff> "
        "<00112233445566778899aabbccddeeff>] "
    )
    return pdf_bytes(TEXT_OPS, extra_trailer=enc)


def flate_bomb_pdf(megabytes: int) -> bytes:
    comp = zlib.compressobj(9)
    payload = comp.compress(TEXT_OPS + b"\n")
    chunk = b" " * 2**20
    for _ in range(megabytes):
        payload += comp.compress(chunk)
    payload += comp.flush()
    return pdf_bytes(payload, filters="/Filter /FlateDecode")


def nested_eml(depth: int) -> bytes:
    head = b"From: a@example.org\r\nSubject: Minutes\r\nMIME-Version: 1.0\r\n"
    body = b"Content-Type: text/plain\r\n\r\nThe board met on Monday and agreed the budget.\r\n"
    for level in range(depth):
        b = f"b{level}".encode()
        body = (
            b'Content-Type: multipart/mixed; boundary="'
            + b
            + b'"\r\n\r\n--'
            + b
            + b"\r\n"
            + body
            + b"\r\n--"
            + b
            + b"--\r\n"
        )
    return head + body
