"""Element access and value conversion by VR, on files written with pydicom."""

import json
import struct

import pytest

import vetdicom
from conftest import compare_norm, pydicom_norm, vetdicom_norm, write_dicom

EXPLICIT_LE = "1.2.840.10008.1.2.1"
IMPLICIT_LE = "1.2.840.10008.1.2"
DEFLATED = "1.2.840.10008.1.2.1.99"


def every_vr_dataset():
    from pydicom.dataset import Dataset
    from pydicom.sequence import Sequence

    ds = Dataset()
    ds.SpecificCharacterSet = "ISO_IR 192"
    ds.RetrieveAETitle = ["STORESCP", "ARCHIVE"]            # AE, VM 2
    ds.PatientAge = "003Y"                                    # AS
    ds.FrameIncrementPointer = [0x00100010, 0x00102201]       # AT, VM 2
    ds.DataElement = 0x7FE00010                               # AT, VM 1
    ds.ImageType = ["ORIGINAL", "PRIMARY", "AXIAL"]           # CS, VM 3
    ds.PatientSex = "M"                                       # CS, VM 1
    ds.StudyDate = "20240102"                                 # DA
    ds.EventElapsedTimes = ["1.5", "-2000", "3e-2"]           # DS, VM 3
    ds.PatientSize = "0.75"                                   # DS, VM 1
    ds.AcquisitionDateTime = "20240102123456.5"               # DT
    ds.RecommendedDisplayFrameRateInFloat = 12.5              # FL
    ds.TimeRange = [0.25, -1e300]                             # FD, VM 2
    ds.ReferencedFrameNumber = ["1", "-7", "12"]              # IS, VM 3
    ds.StageNumber = "4"                                      # IS, VM 1
    ds.Manufacturer = "Acme Vet"                              # LO
    ds.ExtendedCodeMeaning = "line one\\still one value\r\nline two"  # LT (backslash is text)
    ds.RecordKey = b"\x01\x02\x03\x04"                        # OB
    ds.FilterLookupTableData = struct.pack("<2d", 1.5, -2.5)  # OD
    ds.VerticesOfThePolygonalOutline = struct.pack("<2f", 1.0, 2.0)  # OF
    ds.LongPrimitivePointIndexList = struct.pack("<2I", 7, 8)  # OL
    ds.SelectorOVValue = struct.pack("<Q", 2**63 + 5)         # OV
    ds.RedPaletteColorLookupTableData = struct.pack("<4H", 0, 1, 2, 65535)  # OW
    ds.PatientName = "Müller^Bello"                           # PN
    ds.ConsultingPhysicianName = ["Vet^Anna", "Vet^Ben"]      # PN, VM 2
    ds.AccessionNumber = "ACC42"                              # SH
    ds.ReferencePixelX0 = -123456                             # SL
    ds.TagAngleSecondAxis = -5                                # SS
    ds.InstitutionAddress = "1 Farm Road, Dogtown"           # ST
    ds.SelectorSVValue = [-(2**40), 2**62]                    # SV, VM 2
    ds.StudyTime = "101112.5"                                 # TM
    ds.LongCodeValue = "a long code value"                    # UC
    ds.StudyInstanceUID = "1.2.3.4.5.6"                       # UI
    ds.SimpleFrameList = [4000000000, 1]                      # UL, VM 2
    ds.SelectorUNValue = b"\xAA\xBB"                          # UN
    ds.CodingSchemeURL = "https://example.org/codes"          # UR
    ds.Columns = 65535                                        # US
    ds.StrainAdditionalInformation = "free text, UT"          # UT
    ds.FileOffsetInContainer = 2**64 - 1                      # UV
    ds.PatientComments = ""                                   # LT, empty
    ds.InstitutionName = ""                                   # LO, empty
    ds.SliceThickness = None                                  # DS, empty
    ds.Rows = None                                            # US, empty
    ds.add_new(0x00090010, "LO", "PRIVATE CREATOR")          # private creator (block 0x10)
    ds.add_new(0x00091011, "US", [1, 2, 3])                   # private element
    code = Dataset()
    code.CodeValue = "448771007"
    code.CodingSchemeDesignator = "SCT"
    code.CodeMeaning = "Canis lupus familiaris"
    ds.PatientSpeciesCodeSequence = Sequence([code])
    item1 = Dataset()
    item1.ReferencedSOPInstanceUID = "1.2.3"
    inner = Dataset()
    inner.CodeMeaning = "nested"
    item1.ConceptNameCodeSequence = Sequence([inner])
    item2 = Dataset()
    item2.ReferencedSOPInstanceUID = "1.2.4"
    ds.ReferencedImageSequence = Sequence([item1, item2])
    ds.ReferencedSeriesSequence = Sequence([])                # empty SQ
    return ds


EXPECTED = {
    "RetrieveAETitle": ["STORESCP", "ARCHIVE"],
    "PatientAge": "003Y",
    "FrameIncrementPointer": [0x00100010, 0x00102201],
    "DataElement": 0x7FE00010,
    "ImageType": ["ORIGINAL", "PRIMARY", "AXIAL"],
    "PatientSex": "M",
    "StudyDate": "20240102",
    "EventElapsedTimes": [1.5, -2000.0, 0.03],
    "PatientSize": 0.75,
    "AcquisitionDateTime": "20240102123456.5",
    "RecommendedDisplayFrameRateInFloat": 12.5,
    "TimeRange": [0.25, -1e300],
    "ReferencedFrameNumber": [1, -7, 12],
    "StageNumber": 4,
    "Manufacturer": "Acme Vet",
    "ExtendedCodeMeaning": "line one\\still one value\r\nline two",
    "RecordKey": b"\x01\x02\x03\x04",
    "FilterLookupTableData": struct.pack("<2d", 1.5, -2.5),
    "VerticesOfThePolygonalOutline": struct.pack("<2f", 1.0, 2.0),
    "LongPrimitivePointIndexList": struct.pack("<2I", 7, 8),
    "SelectorOVValue": struct.pack("<Q", 2**63 + 5),
    "RedPaletteColorLookupTableData": struct.pack("<4H", 0, 1, 2, 65535),
    "PatientName": "Müller^Bello",
    "ConsultingPhysicianName": ["Vet^Anna", "Vet^Ben"],
    "AccessionNumber": "ACC42",
    "ReferencePixelX0": -123456,
    "TagAngleSecondAxis": -5,
    "InstitutionAddress": "1 Farm Road, Dogtown",
    "SelectorSVValue": [-(2**40), 2**62],
    "StudyTime": "101112.5",
    "LongCodeValue": "a long code value",
    "StudyInstanceUID": "1.2.3.4.5.6",
    "SimpleFrameList": [4000000000, 1],
    "SelectorUNValue": b"\xAA\xBB",
    "CodingSchemeURL": "https://example.org/codes",
    "Columns": 65535,
    "StrainAdditionalInformation": "free text, UT",
    "FileOffsetInContainer": 2**64 - 1,
    "PatientComments": "",
    "InstitutionName": "",
    "SliceThickness": None,
    "Rows": None,
}

VRS = {
    "RetrieveAETitle": "AE", "PatientAge": "AS", "FrameIncrementPointer": "AT", "ImageType": "CS", "StudyDate": "DA",
    "EventElapsedTimes": "DS", "AcquisitionDateTime": "DT", "RecommendedDisplayFrameRateInFloat": "FL",
    "TimeRange": "FD", "ReferencedFrameNumber": "IS", "Manufacturer": "LO", "ExtendedCodeMeaning": "LT",
    "RecordKey": "OB", "FilterLookupTableData": "OD", "VerticesOfThePolygonalOutline": "OF",
    "LongPrimitivePointIndexList": "OL", "SelectorOVValue": "OV", "RedPaletteColorLookupTableData": "OW",
    "PatientName": "PN", "AccessionNumber": "SH", "ReferencePixelX0": "SL", "TagAngleSecondAxis": "SS",
    "InstitutionAddress": "ST", "SelectorSVValue": "SV", "StudyTime": "TM", "LongCodeValue": "UC",
    "StudyInstanceUID": "UI", "SimpleFrameList": "UL", "SelectorUNValue": "UN", "CodingSchemeURL": "UR",
    "Columns": "US", "StrainAdditionalInformation": "UT", "FileOffsetInContainer": "UV",
    "PatientSpeciesCodeSequence": "SQ",
}


@pytest.fixture(params=[EXPLICIT_LE, IMPLICIT_LE, DEFLATED], ids=["explicit", "implicit", "deflated"])
def every_vr(request, tmp_path):
    return write_dicom(tmp_path / "every_vr.dcm", every_vr_dataset(), transfer_syntax=request.param), request.param


def test_values_by_vr(every_vr):
    path, ts = every_vr
    with vetdicom.open(path) as f:
        assert f.transfer_syntax_uid == ts
        for keyword, expected in EXPECTED.items():
            if ts == IMPLICIT_LE and keyword in ("SelectorUNValue",):
                continue  # implicit VR: the dictionary says UN, value still bytes
            value = f[keyword]
            if isinstance(expected, float):
                assert value == pytest.approx(expected), keyword
            elif isinstance(expected, list) and expected and isinstance(expected[0], float):
                assert value == pytest.approx(expected), keyword
            else:
                assert value == expected, keyword
            assert isinstance(value, type(expected)) or (expected is None and value is None), keyword


def test_vr_and_vm(every_vr):
    path, ts = every_vr
    with vetdicom.open(path) as f:
        ds = f.dataset
        for keyword, vr in VRS.items():
            assert ds.vr(keyword) == vr, keyword
        assert ds.vm("ImageType") == 3
        assert ds.vm("PatientName") == 1
        assert ds.vm("PatientComments") == 0
        assert ds.vm("TimeRange") == 2
        assert ds.vm("SelectorSVValue") == 2
        assert ds.vm("ReferencedImageSequence") == 2
        assert ds.vm("ExtendedCodeMeaning") == 1  # LT: a backslash is text


def test_key_forms(every_vr):
    path, _ = every_vr
    with vetdicom.open(path) as f:
        expected = "Müller^Bello"
        for key in ("PatientName", 0x00100010, (0x0010, 0x0010), "(0010,0010)", "0010,0010", "00100010",
                    "0x00100010"):
            assert f[key] == expected, key
        assert f["PatientSpeciesCodeSequence[0].CodeMeaning"] == "Canis lupus familiaris"
        assert f["(0010,2202)[0].(0008,0104)"] == "Canis lupus familiaris"
        assert f["ReferencedImageSequence[0].ConceptNameCodeSequence[0].CodeMeaning"] == "nested"
        assert f["ReferencedImageSequence[1].ReferencedSOPInstanceUID"] == "1.2.4"
        if f.transfer_syntax_uid != IMPLICIT_LE:
            assert f["00090010"] == "PRIVATE CREATOR"
            assert f[0x00091011] == [1, 2, 3]
        else:  # implicit VR, unknown private element: UN, the bytes as stored
            assert f[0x00091011] == struct.pack("<3H", 1, 2, 3)


def test_private_creator_is_lo_in_implicit_vr(tmp_path):
    # PS3.5 7.8.1: (gggg,0010-00FF) in an odd group is a Private Creator, always LO; its
    # block (gggg,10xx) holds the private elements.
    path = write_dicom(tmp_path / "i.dcm", every_vr_dataset(), transfer_syntax=IMPLICIT_LE)
    with vetdicom.open(path) as f:
        assert f.dataset.vr("00090010") == "LO"
        assert f["00090010"] == "PRIVATE CREATOR"


def test_absent_keys(every_vr):
    path, _ = every_vr
    with vetdicom.open(path) as f:
        with pytest.raises(vetdicom.NotFoundError) as info:
            f["PatientWeight"]
        assert isinstance(info.value, KeyError)
        assert info.value.status == 7
        with pytest.raises(KeyError):
            f[0x00101030]
        assert f.get("PatientWeight") is None
        assert f.get("PatientWeight", 42) == 42
        assert f.get("ReferencedImageSequence[5].ReferencedSOPInstanceUID", "x") == "x"
        assert "PatientWeight" not in f
        assert 0x00101030 not in f
        assert "PatientName" in f
        assert 0x00100010 in f
        assert "PatientSpeciesCodeSequence[0].CodeMeaning" in f
        assert "PatientSpeciesCodeSequence[0].CodeValue" in f
        assert "PatientSpeciesCodeSequence[0].PatientName" not in f
        with pytest.raises(vetdicom.ArgumentError):
            f["NoSuchKeywordAnywhere"]
        with pytest.raises(vetdicom.ArgumentError):
            f["(00zz,0010)"]


def test_sequences(every_vr):
    path, _ = every_vr
    with vetdicom.open(path) as f:
        items = f["ReferencedImageSequence"]
        assert isinstance(items, list) and len(items) == 2
        assert all(isinstance(i, vetdicom.Dataset) for i in items)
        assert items[0]["ReferencedSOPInstanceUID"] == "1.2.3"
        assert items[0]["ConceptNameCodeSequence"][0]["CodeMeaning"] == "nested"
        assert [i["ReferencedSOPInstanceUID"] for i in f.sequence("ReferencedImageSequence")] == ["1.2.3", "1.2.4"]
        assert f.dataset.item("ReferencedImageSequence", 1)["ReferencedSOPInstanceUID"] == "1.2.4"
        assert f["ReferencedSeriesSequence"] == []
        assert len(items[0]) == 2
        assert [e.tag for e in items[0]] == [0x00081155, 0x0040A043]
        with pytest.raises(vetdicom.OutOfRangeError):
            f.dataset.item("ReferencedImageSequence", 2)
        with pytest.raises(vetdicom.TypeMismatchError):
            f.sequence("PatientName")


def test_iteration_matches_pydicom(every_vr):
    import pydicom

    path, _ = every_vr
    ref = pydicom.dcmread(str(path))
    with vetdicom.open(path) as f:
        elements = list(f)
        assert len(f) == len(elements)
        assert [e.tag for e in elements] == [int(e.tag) for e in ref]
        for ours, theirs in zip(elements, ref):
            if theirs.VR != "UN" and (ours.tag >> 16) % 2 == 0:
                assert ours.vr == theirs.VR, hex(ours.tag)
            assert isinstance(ours.length, int)
            assert isinstance(ours.keyword, str)
        problems = compare_norm(vetdicom_norm(f.dataset), pydicom_norm(ref))
        assert not problems, "\n".join(problems[:30])


def test_element_lengths_explicit(tmp_path):
    path = write_dicom(tmp_path / "e.dcm", every_vr_dataset())
    with vetdicom.open(path) as f:
        by_tag = {e.tag: e for e in f}
        assert by_tag[0x00100010].length == 14  # "Müller^Bello" is 13 UTF-8 bytes, padded to even
        assert by_tag[0x00280011].length == 2  # Columns, US
        assert by_tag[0x00081163].length == 16  # TimeRange, 2 x FD
        assert by_tag[0x00280011].value == 65535


def test_meta(every_vr):
    path, ts = every_vr
    with vetdicom.open(path) as f:
        meta = f.meta
        assert meta["TransferSyntaxUID"] == ts
        assert meta["MediaStorageSOPClassUID"] == "1.2.840.10008.5.1.4.1.1.7"
        assert all((e.tag >> 16) == 0x0002 for e in meta)
        assert all((e.tag >> 16) != 0x0002 for e in f)
        assert meta["FileMetaInformationVersion"] == b"\x00\x01"


def test_raw_accessors(tmp_path):
    path = write_dicom(tmp_path / "e.dcm", every_vr_dataset())
    with vetdicom.open(path) as f:
        ds = f.dataset
        assert ds.get_string("ImageType") == "ORIGINAL\\PRIMARY\\AXIAL"
        assert ds.get_string("ImageType", 1) == "PRIMARY"
        assert ds.get_string("FrameIncrementPointer", 1) == "(0010,2201)"
        assert ds.get_int("Columns") == 65535
        assert ds.get_int("ReferencedFrameNumber", 1) == -7
        assert ds.get_float("EventElapsedTimes", 0) == 1.5
        assert ds.get_bytes("Columns") == b"\xff\xff"
        with pytest.raises(vetdicom.TypeMismatchError):
            ds.get_int("PatientName")
        with pytest.raises(vetdicom.TypeMismatchError):
            ds.get_string("RecordKey")
        with pytest.raises(vetdicom.OutOfRangeError):
            ds.get_string("ImageType", 3)


def test_character_sets(tmp_path):
    from pydicom.dataset import Dataset

    cases = [
        ("ISO_IR 100", "Müller^Bello", "Dackel – kurzhaar".replace("–", "-")),
        ("ISO_IR 192", "Гусева^Амур", "лайка"),
        ("ISO_IR 144", "Гусева^Амур", "лайка"),
        ("", "Smith^Rex", "Canine"),
    ]
    for i, (charset, name, species) in enumerate(cases):
        ds = Dataset()
        if charset:
            ds.SpecificCharacterSet = charset
        ds.PatientName = name
        ds.PatientSpeciesDescription = species
        path = write_dicom(tmp_path / ("cs%d.dcm" % i), ds)
        with vetdicom.open(path) as f:
            assert f["PatientName"] == name, charset
            assert f["PatientSpeciesDescription"] == species, charset
            assert f.patient.species_description == species


def test_to_json_synthetic(every_vr):
    import pydicom

    path, _ = every_vr
    ref = pydicom.dcmread(str(path))
    with vetdicom.open(path) as f:
        text = f.to_json()
        doc = json.loads(text)
        assert doc["00100010"]["vr"] == "PN"
        assert doc["00100010"]["Value"][0]["Alphabetic"] == "Müller^Bello"
        assert doc["00280011"]["Value"] == [65535]
        assert not any(k.startswith("0002") for k in doc)
        from_json = pydicom.Dataset.from_json(text)
        problems = compare_norm(pydicom_norm(from_json), pydicom_norm(ref))
        assert not problems, "\n".join(problems[:30])
        # Small binaries are inline (<= 1024 bytes), whatever the bulk mode.
        full = json.loads(f.to_json(bulk="base64"))
        assert "InlineBinary" in full["0008041B"]
        with pytest.raises(vetdicom.ArgumentError):
            f.to_json(bulk="nope")
        item_json = json.loads(f["ReferencedImageSequence"][1].to_json())
        assert item_json["00081155"]["Value"] == ["1.2.4"]


def test_to_json_bulk(tmp_path):
    import base64

    from pydicom.dataset import Dataset

    ds = Dataset()
    ds.PatientName = "Bulk^Test"
    ds.RedPaletteColorLookupTableData = bytes(range(256)) * 16  # 4096 bytes, OW
    path = write_dicom(tmp_path / "bulk.dcm", ds)
    with vetdicom.open(path) as f:
        omitted = json.loads(f.to_json())
        assert "InlineBinary" not in omitted.get("00281201", {})
        full = json.loads(f.to_json(bulk="base64"))
        assert base64.b64decode(full["00281201"]["InlineBinary"]) == bytes(range(256)) * 16
