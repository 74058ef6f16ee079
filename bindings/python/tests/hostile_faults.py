"""Hand-built hostile DICOM files for the "survive real faults" tests (issue 9).

Each builder returns the bytes of a small file. The files are written by hand (no pydicom) so
that they can say what no writer would: runs of zeros, fanned-out palettes, codestream headers
declaring huge images, inflation bombs, a million empty items.
"""
import struct
import zlib

EXPLICIT_LE = "1.2.840.10008.1.2.1"
EXPLICIT_BE = "1.2.840.10008.1.2.2"
DEFLATED = "1.2.840.10008.1.2.1.99"
JPEG_BASELINE = "1.2.840.10008.1.2.4.50"
JPEG_EXTENDED = "1.2.840.10008.1.2.4.51"
JPEG_LOSSLESS_SV1 = "1.2.840.10008.1.2.4.70"
JPEG_LS_LOSSLESS = "1.2.840.10008.1.2.4.80"
J2K_LOSSLESS = "1.2.840.10008.1.2.4.90"
DEFLATED_IMAGE_FRAME = "1.2.840.10008.1.2.8.1"

LONG_VRS = {b"OB", b"OW", b"OF", b"OD", b"OL", b"OV", b"SQ", b"UT", b"UN", b"UC", b"UR", b"SV", b"UV"}


def el(group, elem, vr, value, be=False, undefined=False):
    """One explicit-VR element."""
    e = ">" if be else "<"
    vr = vr.encode() if isinstance(vr, str) else vr
    if isinstance(value, str):
        value = value.encode()
        if len(value) % 2:
            value += b"\0" if vr == b"UI" else b" "
    length = 0xFFFFFFFF if undefined else len(value)
    if vr in LONG_VRS:
        return struct.pack(e + "HH", group, elem) + vr + b"\0\0" + struct.pack(e + "I", length) + value
    return struct.pack(e + "HH", group, elem) + vr + struct.pack(e + "H", length) + value


def us(group, elem, v, be=False):
    return el(group, elem, "US", struct.pack(">H" if be else "<H", v), be)


def item(payload, undefined=False, be=False):
    e = ">" if be else "<"
    if undefined:
        return struct.pack(e + "HHI", 0xFFFE, 0xE000, 0xFFFFFFFF) + payload + struct.pack(e + "HHI", 0xFFFE, 0xE00D, 0)
    return struct.pack(e + "HHI", 0xFFFE, 0xE000, len(payload)) + payload


SEQ_END = struct.pack("<HHI", 0xFFFE, 0xE0DD, 0)


def _segment(data):
    """A self-contained, byte-aligned, non-final raw deflate segment of `data`."""
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush(zlib.Z_FULL_FLUSH)


def deflate_with_zeros(prefix, zero_mib, suffix=b""):
    """Raw deflate of prefix + zero_mib MiB of zeros + suffix, fast: the segment of 1 MiB of zeros
    is made once and repeated (segments ending in a full flush concatenate into one stream)."""
    zeros = _segment(b"\0" * (1 << 20))
    last = zlib.compressobj(9, zlib.DEFLATED, -15)
    return _segment(prefix) + zeros * zero_mib + last.compress(suffix) + last.flush()


def part10(ts, body, deflate=False):
    """Preamble, DICM, file meta with transfer syntax `ts`, then `body` (deflated if asked)."""
    meta_rest = (el(0x0002, 0x0001, "OB", b"\0\1") + el(0x0002, 0x0002, "UI", "1.2.840.10008.5.1.4.1.1.7")
                 + el(0x0002, 0x0003, "UI", "1.2.3.4") + el(0x0002, 0x0010, "UI", ts))
    meta = el(0x0002, 0x0000, "UL", struct.pack("<I", len(meta_rest))) + meta_rest
    if deflate:
        c = zlib.compressobj(9, zlib.DEFLATED, -15)
        body = c.compress(body) + c.flush()
    return b"\0" * 128 + b"DICM" + meta + body


def image_module(rows, cols, bits=8, samples=1, photometric="MONOCHROME2", frames=None, be=False, signed=0):
    out = us(0x0028, 0x0002, samples, be) + el(0x0028, 0x0004, "CS", photometric, be)
    if frames is not None:
        out += el(0x0028, 0x0008, "IS", str(frames), be)
    out += us(0x0028, 0x0010, rows, be) + us(0x0028, 0x0011, cols, be) + us(0x0028, 0x0100, bits, be)
    out += us(0x0028, 0x0101, bits, be) + us(0x0028, 0x0102, bits - 1, be) + us(0x0028, 0x0103, signed, be)
    return out


def patient(be=False):
    return el(0x0010, 0x0010, "PN", "Owner^Rex", be) + el(0x0010, 0x0020, "LO", "P1", be)


def encapsulated(frames):
    """Encapsulated pixel data: empty Basic Offset Table, one fragment per frame."""
    body = item(b"")
    for f in frames:
        if len(f) % 2:
            f += b"\0"
        body += item(f)
    return el(0x7FE0, 0x0010, "OB", b"", undefined=True) + body + SEQ_END


# ---- the cases of the table -----------------------------------------------------------

def zero_run(n=1 << 20):
    """A run of n zero bytes before Pixel Data (explicit VR LE, 8x8 8-bit image)."""
    body = patient() + image_module(8, 8) + b"\0" * n + el(0x7FE0, 0x0010, "OB", bytes(range(64)))
    return part10(EXPLICIT_LE, body)


def zero_run_deflated(n=8 << 20):
    """The same inside a deflated data set (the file is a few KB)."""
    body = patient() + image_module(8, 8) + b"\0" * n + el(0x7FE0, 0x0010, "OB", bytes(range(64)))
    return part10(DEFLATED, body, deflate=True)


def palette_fanout(fan=24, levels=5):
    """PALETTE COLOR with segmented LUT data whose indirect segments fan out `fan` ways over
    `levels` levels, every leaf an empty discrete segment: under 2 KB, fan**(levels+1) segment
    visits that produce nothing."""
    head = [0, 1, 0]                          # a discrete segment of one entry (value 0)
    top_at = len(head)
    block_at = top_at + 4                     # level L block: fan indirect segments
    leaf_at = block_at + levels * fan * 4
    words = head + [2, fan, (block_at * 2) & 0xFFFF, (block_at * 2) >> 16]
    for level in range(levels):
        target = block_at + (level + 1) * fan * 4 if level + 1 < levels else leaf_at
        count = fan if level + 1 < levels else 1
        for _ in range(fan):
            words += [2, count, (target * 2) & 0xFFFF, (target * 2) >> 16]
    words += [0, 0]                           # the leaf: a discrete segment of 0 entries
    data = struct.pack("<%dH" % len(words), *words)
    desc = struct.pack("<HHH", 256, 0, 16)
    body = patient() + image_module(4, 4, photometric="PALETTE COLOR")
    body += el(0x0028, 0x1101, "US", desc) + el(0x0028, 0x1102, "US", desc) + el(0x0028, 0x1103, "US", desc)
    for t in (0x1221, 0x1222, 0x1223):
        body += el(0x0028, t, "OW", data)
    body += el(0x7FE0, 0x0010, "OB", bytes(16))
    return part10(EXPLICIT_LE, body)


def _jpeg_sof(marker, rows, cols, precision, components):
    sof = struct.pack(">BHHB", precision, rows, cols, components)
    for c in range(components):
        sof += bytes([c + 1, 0x11, 0])
    return b"\xff" + bytes([marker]) + struct.pack(">H", len(sof) + 2) + sof


def _jpeg_tables(lossless=False):
    q = b"" if lossless else b"\xff\xdb" + struct.pack(">H", 67) + b"\0" + bytes([1] * 64)
    # DC table 0: one code of length 1 (symbol 0); AC table 0: one code of length 1 (EOB)
    dht = b"\0" + bytes([1] + [0] * 15) + b"\0"
    dht += b"\x10" + bytes([1] + [0] * 15) + b"\0"
    return q + b"\xff\xc4" + struct.pack(">H", len(dht) + 2) + dht


def jpeg_huge(kind="baseline", rows=32767, cols=32767, data=1500):
    """A JPEG frame whose SOF declares rows x cols (the DICOM geometry says the same), with
    `data` bytes of entropy-coded data: the codestream cannot hold that image."""
    if kind == "baseline":
        ts, marker, prec, bits = JPEG_BASELINE, 0xC0, 8, 8
    elif kind == "extended12":
        ts, marker, prec, bits = JPEG_EXTENDED, 0xC1, 12, 16
    else:
        ts, marker, prec, bits = JPEG_LOSSLESS_SV1, 0xC3, 16, 16
    sos_tail = b"\x01\x00\x00" if kind == "lossless" else b"\x00\x3f\x00"
    sos = b"\xff\xda" + struct.pack(">HB", 8, 1) + b"\x01\x00" + sos_tail
    stream = b"\xff\xd8" + _jpeg_tables(kind == "lossless") + _jpeg_sof(marker, rows, cols, prec, 1) + sos
    stream += b"\x00" * data + b"\xff\xd9"
    body = patient() + _image_bits(rows, cols, bits, 12 if prec == 12 else bits) + encapsulated([stream])
    return part10(ts, body)


def _image_bits(rows, cols, alloc, stored):
    return (us(0x0028, 0x0002, 1) + el(0x0028, 0x0004, "CS", "MONOCHROME2") + us(0x0028, 0x0010, rows)
            + us(0x0028, 0x0011, cols) + us(0x0028, 0x0100, alloc) + us(0x0028, 0x0101, stored)
            + us(0x0028, 0x0102, stored - 1) + us(0x0028, 0x0103, 0))


def jpegls_huge(rows=32767, cols=32767, data=1500):
    """A JPEG-LS frame (SOF55) declaring rows x cols, 8 bits, with `data` bytes of scan data."""
    sof = struct.pack(">BHHB", 8, rows, cols, 1) + bytes([1, 0x11, 0])
    sos = struct.pack(">B", 1) + bytes([1, 0]) + bytes([0, 0, 0])
    stream = b"\xff\xd8" + b"\xff\xf7" + struct.pack(">H", len(sof) + 2) + sof
    stream += b"\xff\xda" + struct.pack(">H", len(sos) + 2) + sos + b"\x00" * data + b"\xff\xd9"
    body = patient() + image_module(rows, cols, bits=8) + encapsulated([stream])
    return part10(JPEG_LS_LOSSLESS, body)


def j2k_huge(rows=16000, cols=16000, dicom_rows=None, dicom_cols=None, size=6000):
    """A J2K codestream whose SIZ says rows x cols in a `size`-byte file."""
    siz = struct.pack(">HIIIIIIIIH", 0, cols, rows, 0, 0, cols, rows, 0, 0, 1) + bytes([7, 1, 1])
    cod = bytes([0, 0]) + struct.pack(">H", 1) + bytes([0, 5, 4, 4, 0, 1])
    qcd = bytes([0x40]) + bytes([0x40] * 16)
    stream = b"\xff\x4f" + b"\xff\x51" + struct.pack(">H", len(siz) + 2) + siz
    stream += b"\xff\x52" + struct.pack(">H", len(cod) + 2) + cod
    stream += b"\xff\x5c" + struct.pack(">H", len(qcd) + 2) + qcd
    tile = b"\x00" * max(0, size - len(stream) - 400)
    sot = struct.pack(">HIBB", 0, 12 + 2 + len(tile), 0, 1)
    stream += b"\xff\x90" + struct.pack(">H", 10) + sot + b"\xff\x93" + tile + b"\xff\xd9"
    body = patient() + image_module(dicom_rows or rows, dicom_cols or cols, bits=8) + encapsulated([stream])
    return part10(J2K_LOSSLESS, body)


def json_inline_huge(n=700 << 20):
    """A deflated data set whose OB value is n bytes of zeros (n a multiple of 1 MiB): < 1 MB."""
    head = patient() + el(0x0009, 0x0010, "LO", "BIG")
    head += struct.pack("<HH", 0x0009, 0x1000) + b"OB\0\0" + struct.pack("<I", n)
    return part10(DEFLATED, b"") + deflate_with_zeros(head, n >> 20)


def million_items(n=1_000_000):
    """A deflated data set with one sequence of n empty items (undefined length)."""
    it = struct.pack("<HHI", 0xFFFE, 0xE000, 0xFFFFFFFF) + struct.pack("<HHI", 0xFFFE, 0xE00D, 0)
    seq = struct.pack("<HH", 0x0040, 0x0275) + b"SQ\0\0" + struct.pack("<I", 0xFFFFFFFF) + it * n + SEQ_END
    return part10(DEFLATED, patient() + seq, deflate=True)


def deflated_frame_bomb(n=1 << 30):
    """Deflated Image Frame Compression: a 4x4 8-bit frame whose stream inflates to n bytes."""
    stream = deflate_with_zeros(b"", n >> 20)
    body = patient() + image_module(4, 4) + encapsulated([stream])
    return part10(DEFLATED_IMAGE_FRAME, body)


def big_endian_ow8_odd(rows=3, cols=5):
    """Explicit VR big endian, 8-bit samples in OW pixel data, odd frame size (15 bytes + pad)."""
    pixels = bytes(range(1, rows * cols + 1)) + b"\0"
    # OW in big endian: the byte stream is swapped per 16-bit word relative to the sample order.
    swapped = b"".join(pixels[i + 1:i + 2] + pixels[i:i + 1] for i in range(0, len(pixels), 2))
    body = patient(True) + image_module(rows, cols, bits=8, be=True) + el(0x7FE0, 0x0010, "OW", swapped, True)
    return part10(EXPLICIT_BE, body), pixels[:rows * cols]


def truncated_native(rows=16, cols=16, frames=4, cut=100):
    """Native 8-bit multi-frame image whose pixel data is `cut` bytes short (declared length kept)."""
    pixels = bytes((i * 7) & 0xFF for i in range(rows * cols * frames))
    body = patient() + image_module(rows, cols, frames=frames) + el(0x7FE0, 0x0010, "OB", pixels)
    data = part10(EXPLICIT_LE, body)
    return data[:-cut], pixels


def jpeg12_color_huge(rows=13000, cols=13000, data=30000):
    """A 12-bit extended JPEG (SOF1), 3 components, declaring rows x cols (the DICOM geometry
    says the same: 16-bit RGB), with `data` zero bytes of scan data: enough bytes for
    CodestreamBounds (one bit per 8x8 block), so the native 12-bit decoder allocates its
    component planes (4 bytes per sample, twice the frame) before it reads the data."""
    q = b"\xff\xdb" + struct.pack(">H", 67) + b"\0" + bytes([1] * 64)
    dht = b"\0" + bytes([1] + [0] * 15) + b"\0" + b"\x10" + bytes([1] + [0] * 15) + b"\0"
    tables = q + b"\xff\xc4" + struct.pack(">H", len(dht) + 2) + dht
    sof = struct.pack(">BHHB", 12, rows, cols, 3)
    for c in range(3):
        sof += bytes([c + 1, 0x11, 0])
    sos = struct.pack(">B", 3) + bytes([1, 0, 2, 0, 3, 0]) + b"\x00\x3f\x00"
    stream = b"\xff\xd8" + tables + b"\xff\xc1" + struct.pack(">H", len(sof) + 2) + sof
    stream += b"\xff\xda" + struct.pack(">H", len(sos) + 2) + sos + b"\x00" * data + b"\xff\xd9"
    img = (us(0x0028, 0x0002, 3) + el(0x0028, 0x0004, "CS", "RGB") + us(0x0028, 0x0006, 0)
           + us(0x0028, 0x0010, rows) + us(0x0028, 0x0011, cols) + us(0x0028, 0x0100, 16)
           + us(0x0028, 0x0101, 12) + us(0x0028, 0x0102, 11) + us(0x0028, 0x0103, 0))
    return part10(JPEG_EXTENDED, patient() + img + encapsulated([stream]))


def png_huge(width=65535, height=65535, color=False):
    """A PNG whose IHDR declares width x height (8-bit gray or RGB) with a few bytes of IDAT."""
    def chunk(kind, payload):
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload) & 0xFFFFFFFF)
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2 if color else 0, 0, 0, 0)
    idat = zlib.compress(b"\0" * 64)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def pgm_huge(width=65535, height=65535, maxval=65535, data=16):
    """A binary PGM header declaring width x height with `data` bytes of samples."""
    return b"P5\n%d %d\n%d\n" % (width, height, maxval) + b"\x01" * data
