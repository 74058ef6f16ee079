// GENERATED FILE - DO NOT EDIT.
// Source: pydicom 3.0.2 (pydicom._private_dict.private_dictionaries).
// Regenerate from the package root with: python3 Tools/gen_dictionary.py
// 10545 entries of 449 private creators.
// Format: one line per entry, tab-separated: creator key VR VM name, key as pydicom's
// (GGGGEEEE, GGGGxxEE or GGxxxxEE). Parsed once, at first use, by PrivateDictionary.swift.

extension PrivateDictionary {
    static let generatedEntries: String = #"""
1.2.840.113663.1	0029xx00	US	1	Unknown
1.2.840.113663.1	0029xx01	US	1	Unknown
1.2.840.113681	0019xx10	ST	1	CR Image Params Common
1.2.840.113681	0019xx11	ST	1	CR Image IP Params Single
1.2.840.113681	0019xx12	ST	1	CR Image IP Params Left
1.2.840.113681	0019xx13	ST	1	CR Image IP Params Right
1.2.840.113708.794.1.1.2.0	0087xx10	CS	1	Media Type
1.2.840.113708.794.1.1.2.0	0087xx20	CS	1	Media Location
1.2.840.113708.794.1.1.2.0	0087xx30	ST	1	Storage File ID
1.2.840.113708.794.1.1.2.0	0087xx40	DS	1	Study or Image Size in MB
1.2.840.113708.794.1.1.2.0	0087xx50	IS	1	Estimated Retrieve Time
2.16.840.1.114059.1.1.6.1.50.1	0029xx20	LT	1	Description
2.16.840.1.114059.1.1.6.1.50.1	0029xx21	ST	1	Orientation
2.16.840.1.114059.1.1.6.1.50.1	0029xx22	ST	1	Parameter 1
2.16.840.1.114059.1.1.6.1.50.1	0029xx23	ST	1	Parameter 2
2.16.840.1.114059.1.1.6.1.50.1	0029xx24	LO	1	Teeth
2.16.840.1.114059.1.1.6.1.50.1	0029xx25	LO	1	Jaw
2.16.840.1.114059.1.1.6.1.50.1	0029xx26	LO	1	Quadrant
2.16.840.1.114059.1.1.6.1.50.1	0029xx27	LO	1	CRC
A.L.I. Technologies, Inc.	3711xx01	LO	1	Filename
A.L.I. Technologies, Inc.	3711xx02	OB	1	Data Blob of a Visit
A.L.I. Technologies, Inc.	3711xx03	US	1	Revision Number
A.L.I. Technologies, Inc.	3711xx04	UL	1	Unix Timestamp
A.L.I. Technologies, Inc.	3711xx05	IS	1	Bag ID
A.L.I. Technologies, Inc.	3711xx0C	UI	1	Original Study UID
A.L.I. Technologies, Inc.	3711xx0D	US	1	Overlay Grayscale Value
A.L.I. Technologies, Inc.	3711xx0E	CS	1	Anonymization Status
ACUSON	0009xx00	IS	1	Unknown
ACUSON	0009xx01	IS	1	Unknown
ACUSON	0009xx02	UN	1	Unknown
ACUSON	0009xx03	UN	1	Unknown
ACUSON	0009xx04	UN	1	Unknown
ACUSON	0009xx05	UN	1	Unknown
ACUSON	0009xx06	UN	1	Unknown
ACUSON	0009xx07	UN	1	Unknown
ACUSON	0009xx08	LT	1	Unknown
ACUSON	0009xx09	LT	1	Unknown
ACUSON	0009xx0A	IS	1	Unknown
ACUSON	0009xx0B	IS	1	Unknown
ACUSON	0009xx0C	IS	1	Unknown
ACUSON	0009xx0D	IS	1	Unknown
ACUSON	0009xx0E	IS	1	Unknown
ACUSON	0009xx0F	UN	1	Unknown
ACUSON	0009xx10	IS	1	Unknown
ACUSON	0009xx11	UN	1	Unknown
ACUSON	0009xx12	IS	1	Unknown
ACUSON	0009xx13	IS	1	Unknown
ACUSON	0009xx14	LT	1	Unknown
ACUSON	0009xx15	UN	1	Unknown
ACUSON: 1.2.840.11386.1.0	7FDFxx00	IS	1	Lossy Compression Ratio
ACUSON: 1.2.840.11386.1.0	7FDFxx01	US	1	Image Format
ACUSON: 1.2.840.11386.1.0	7FDFxx02	US	1	Acuson Region Type
ACUSON: 1.2.840.11386.1.0	7FDFxx0B	UL	1	Acuson Image Apex X
ACUSON: 1.2.840.11386.1.0	7FDFxx0C	UL	1	Acuson Image Apex Y
ACUSON: 1.2.840.11386.1.0	7FDFxx0D	IS	1	B-Color-On Flag
ACUSON:1.2.840.113680.1.0:0921	0009xx20	UN	1	View Name
ACUSON:1.2.840.113680.1.0:0921	0009xx2A	UN	1	View List
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx00	UN	1	Lossy Compression Ratio
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx01	UN	1	Image Format
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx02	UN	1	Acuson Region Type
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx0B	UN	1	Acuson Image Apex X
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx0C	UN	1	Acuson Image Apex Y
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx0D	UN	1	B-Color-On Flag
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx0E	UN	1	Acuson Mechanical Apex X
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx0F	UN	1	Acuson Mechanical Apex Y
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx10	UN	1	Acquisition Type:
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx18	UN	1	Transformation Matrix Sequence
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx20	UN	1	Left angle
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx22	UN	1	Right angle
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx24	UN	1	Color Map Family
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx25	UN	1	Full Colormap.
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx26	UN	1	Color Invert
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx27	UN	1	Color Baseline
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx28	UN	1	CD Color Mix Points X1
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx29	UN	1	CD Color Mix Points Y1
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx2A	UN	1	CD Color Mix Points X2
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx2B	UN	1	CD Color Mix Points Y2
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx2C	UN	1	Color Accent
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx30	UN	1	Persistence SQ
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx31	UN	1	Persistence Mode
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx32	UN	1	Persistence Coefficient Mode
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx33	UN	1	Alpha coefficient
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx34	UN	1	Gamma coefficient
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx35	UN	1	Persistence Time Flag
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx36	UN	1	Persistence adaptive flag
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx37	UN	1	Persistence Frame Rate
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx38	UN	1	Persistence ID
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx40	UN	1	Observation Date Time SQ
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx50	UN	1	Capture Type Name
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx52	UN	1	Capture Type Number
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx54	UN	1	Number of Capture Types
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx60	UN	1	CD Steering Angle
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx61	UN	1	CD PRI
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx62	UN	1	CD Dynamic Range
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx63	UN	1	CD Velocity Scale Min
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx64	UN	1	CD Velocity Scale Max
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx65	UN	1	CD Color Mode
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx66	UN	1	CD Frequency
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx67	UN	1	CD Balance
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx68	UN	1	CD Delta
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx69	UN	1	CD Pan Box Min X0
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx6A	UN	1	CD Pan Box Min Y0
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx6B	UN	1	CD Pan Box Min X1
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx6C	UN	1	CD Pan Box Min Y1
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx6D	UN	1	CPS Map Type
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx6E	UN	1	CPS Map Data
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx6F	UN	1	CPS Balance Setting
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx70	UN	1	3DCard Step Angle
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx71	UN	1	3DCard Xdcr Angle
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx72	UN	1	B-mode Frequency
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx73	UN	1	B-mode Dynamic Range
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx74	UN	1	B-mode Frame Rate
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx75	UN	1	B-mode Space Time
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx76	UN	1	B-mode Persistence
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx77	UN	1	B-mode Display Depth Start
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx78	UN	1	B-mode Display Depth End
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx79	UN	1	B-mode Res Mode
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx7A	UN	1	B-mode Preset Application
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx7B	UN	1	Image Spec Name
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx7C	UN	1	B Preset Image Look
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx7D	UN	1	B-mode Post Processing
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx7E	UN	1	B Edge
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx7F	UN	1	B Delta
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx80	UN	1	B-mode 1D Post Processing Curve
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx81	UN	1	B-mode Delta (ECRI) Map Diagonal
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx82	UN	1	Bytes Per Timestamp
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx83	UN	1	Microseconds in unit timestamp
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx84	UN	1	Start Stopwatch Timestamp
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx85	UN	1	Acoustic Frame Timestamp
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx86	UN	1	R-Wave Timestamp
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx87	UN	1	Last Destruction Timestamp
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx88	UN	1	Pixels Per Second
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx89	UN	1	ECG Reference Timestamp
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx8A	UN	1	ECG Sampling Interval (milliseconds)
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx8B	UN	1	ECG Sample Count
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx8C	UN	1	ECG Sample Size
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx8D	UN	1	ECG Data Value
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx8E	UN	1	Contrast/Active Image Indicator
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx8F	UN	1	Live Dual Mode Indicator
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx90	UN	1	3DCard Clipset ID
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx91	UN	1	3DCard HRWave Min
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx92	UN	1	3DCard HRWave Max
ACUSON:1.2.840.113680.1.0:7f10	7FDFxx93	UN	1	Perspective Capture Type
ACUSON:1.2.840.113680.1.0:7f10	7FDFxxF1	UN	1	Trigger Mask.
ACUSON:1.2.840.113680.1.0:7f10	7FDFxxF2	UN	1	Study Directory
ACUSON:1.2.840.113680.1.0:7f10	7FDFxxF3	UN	1	Last Modify Date
ACUSON:1.2.840.113680.1.0:7f10	7FDFxxF4	UN	1	Last Modify Time
ACUSON:1.2.840.113680.1.0:7f10	7FDFxxF5	UN	1	Teaching Study
ACUSON:1.2.840.113680.1.0:7f10	7FDFxxF6	UN	1	Series Base UID
ACUSON:1.2.840.113680.1.0:7ffe	7FDFxx00	UN	1	Data Padding
ADAC_IMG	0019xx02	IS	1	Ver200 ADAC Pegasys File Size
ADAC_IMG	0019xx10	LO	2	ADAC Header Signature
ADAC_IMG	0019xx11	US	1	Number of ADAC Headers
ADAC_IMG	0019xx12	IS	1-n	ADAC Header/Image Sizes
ADAC_IMG	0019xx20	OB	1	ADAC Pegasys Headers
ADAC_IMG	0019xx21	US	1	Ver200 Number of ADAC Headers
ADAC_IMG	0019xx41	IS	1-n	Ver200 ADAC Header/Image Size
ADAC_IMG	0019xx61	OB	1	Ver200 ADAC Pegasys Headers
ADAC_IMG	7043xx00	SH	1	Cardiac Stress State
ADAC_IMG	7043xx10	LO	1	Philips NM Private Group
AEGIS_DICOM_2.00	0003xx00	US	1-n	Unknown
AEGIS_DICOM_2.00	0005xx00	US	1-n	Unknown
AEGIS_DICOM_2.00	0009xx00	US	1-n	Unknown
AEGIS_DICOM_2.00	0019xx00	US	1-n	Unknown
AEGIS_DICOM_2.00	0029xx00	US	1-n	Unknown
AEGIS_DICOM_2.00	1369xx00	US	1-n	Unknown
AGFA	0009xx10	LO	1	Unknown
AGFA	0009xx11	LO	1	Unknown
AGFA	0009xx13	LO	1	Unknown
AGFA	0009xx14	LO	1	Unknown
AGFA	0009xx15	LO	1	Unknown
AGFA	0019xx10	SH	1	Private Identification Code
AGFA	0019xx11	LO	3	Identification Data (Note 2)
AGFA	0019xx13	LO	1	Sensitometry Name
AGFA	0019xx14	ST	3	Window/Level List (Note 3)
AGFA	0019xx15	LO	1	Dose Monitoring List
AGFA	0019xx16	LO	3	Other Info (Note 5)
AGFA	0019xx1A	LO	1	Clipped Exposure Deviation
AGFA	0019xx1B	LO	1	Logarithmic PLT Full Scale
AGFA	0019xx60	US	1	Total number of series
AGFA	0019xx61	SH	1	Session Number
AGFA	0019xx62	SH	1	ID Station name
AGFA	0019xx65	US	1	Number of images in study to be transmitted (only sent with autoverify: on)
AGFA	0019xx70	US	1	Total number of images
AGFA	0019xx80	ST	1	Geometrical Transformations
AGFA	0019xx81	ST	1	Roam Origin
AGFA	0019xx82	US	1	Zoom factor
AGFA	0019xx93	CS	1	Status
AGFA PACS Archive Mirroring 1.0	0031xx00	CS	1	Unknown
AGFA PACS Archive Mirroring 1.0	0031xx01	UL	1	Unknown
AGFA-AG_HPState	0071xx18	SQ	1	Unknown
AGFA-AG_HPState	0071xx19	SQ	1	Unknown
AGFA-AG_HPState	0071xx1A	SQ	1	Unknown
AGFA-AG_HPState	0071xx1C	SQ	1	Unknown
AGFA-AG_HPState	0071xx1E	SQ	1	Unknown
AGFA-AG_HPState	0071xx20	FL	1-n	Unknown
AGFA-AG_HPState	0071xx21	FD	1-n	Unknown
AGFA-AG_HPState	0071xx22	FD	1-n	Unknown
AGFA-AG_HPState	0071xx23	FD	1-n	Unknown
AGFA-AG_HPState	0071xx24	FD	1	Unknown
AGFA-AG_HPState	0073xx23	SH	1	Unknown
AGFA-AG_HPState	0073xx24	SQ	1	Unknown
AGFA-AG_HPState	0073xx28	SQ	1	Unknown
AGFA-AG_HPState	0073xx80	FL	1	Unknown
AGFA-AG_HPState	0075xx10	LO	1	Unknown
AGFA-AG_HPState	0087xx01	LO	1	Unknown
AGFA-AG_HPState	0087xx02	LO	1	Unknown
AGFA_ADC_Compact	0019xx05	ST	1	Data stream from cassette
AGFA_ADC_Compact	0019xx10	LO	1	Private Identification Code
AGFA_ADC_Compact	0019xx30	ST	1	Set of destination types
AGFA_ADC_Compact	0019xx40	ST	1	Set of destination Ids
AGFA_ADC_Compact	0019xx50	ST	1	Set of processing codes
AGFA_ADC_Compact	0019xx60	US	1	Number of series in study
AGFA_ADC_Compact	0019xx61	US	1	Session Number
AGFA_ADC_Compact	0019xx62	SH	1	ID station name
AGFA_ADC_Compact	0019xx70	US	1	Number of images in series
AGFA_ADC_Compact	0019xx71	US	1	Break condition
AGFA_ADC_Compact	0019xx72	US	1	Wait (or Hold) flag
AGFA_ADC_Compact	0019xx73	US	1	ScanRes flag
AGFA_ADC_Compact	0019xx74	SH	1	Operation code
AGFA_ADC_Compact	0019xx95	CS	1	Image quality
ALOKA:1.2.392.200039.103.2	0009xx00	SH	1	Unknown
ALOKA:1.2.392.200039.103.2	0009xx04	US	1-n	Unknown
ALOKA:1.2.392.200039.103.2	0009xx06	US	1-n	Unknown
ALOKA:1.2.392.200039.103.2	0009xx0A	SH	1	Unknown
ALOKA:1.2.392.200039.103.2	0009xx20	CS	1	Unknown
ALOKA:1.2.392.200039.103.2	0009xx22	CS	1	Unknown
ALOKA:1.2.392.200039.103.2	0009xx24	CS	1	Unknown
ALOKA:1.2.392.200039.103.2	0009xx26	IS	1	Unknown
ALOKA:1.2.392.200039.103.2	0009xx28	IS	1	Unknown
ALOKA:1.2.392.200039.103.2	0009xx2A	DS	1	Unknown
ALOKA:1.2.392.200039.103.2	0009xx30	FD	1	Unknown
ALOKA:1.2.392.200039.103.2	0009xx32	DS	1	Unknown
ALOKA:1.2.392.200039.103.2	0009xx34	CS	1	Unknown
ALOKA:1.2.392.200039.103.2	0019xx08	FD	1	Unknown
ALOKA:1.2.392.200039.103.2	0019xx0C	CS	1	Unknown
ALOKA:1.2.392.200039.103.2	0019xx0E	DS	1	Unknown
ALOKA:1.2.392.200039.103.2	0019xx18	SL	1	Unknown
ALOKA:1.2.392.200039.103.2	0019xx1A	SL	1	Unknown
ALOKA:1.2.392.200039.103.2	0019xx40	SS	1	Unknown
ALOKA:1.2.392.200039.103.2	0019xx46	US	1	Unknown
ALOKA:1.2.392.200039.103.2	0019xx50	SL	1	Unknown
ALOKA:1.2.392.200039.103.2	0019xx52	DS	1	Unknown
ALOKA:1.2.392.200039.103.2	0019xx54	DS	1	Unknown
ALOKA:1.2.392.200039.103.2	0019xx56	FD	1	Unknown
AMI Annotations_01	3101xx10	SQ	1	AMI Annotation Sequence (RET)
AMI Annotations_02	3101xx20	SQ	1	AMI Annotation Sequence (RET)
AMI ImageContextExt_01	3107xxA0	CS	1	AMI Window Function (RET)
AMI ImageContextExt_01	3107xxB0	DS	1	AMI Window Slope (RET)
AMI ImageContext_01	3109xx10	CS	1	AMI Window Invert (RET)
AMI ImageContext_01	3109xx20	IS	1	AMI Window Center (RET)
AMI ImageContext_01	3109xx30	IS	1	AMI Window Widith (RET)
AMI ImageContext_01	3109xx40	CS	1	AMI Pixel Aspect Ratio Swap (RET)
AMI ImageContext_01	3109xx50	CS	1	AMI Enable Averaging (RET)
AMI ImageContext_01	3109xx60	CS	1	AMI Quality (RET)
AMI ImageContext_01	3109xx70	CS	1	AMI Viewport Annotation Level (RET)
AMI ImageContext_01	3109xx80	CS	1	AMI Show Image Annotation (RET)
AMI ImageContext_01	3109xx90	CS	1	AMI Show Image Overlay (RET)
AMI ImageTransform_01	3107xx10	DS	1	AMI Transformation Matrix (RET)
AMI ImageTransform_01	3107xx20	DS	1	AMI Center Offset (RET)
AMI ImageTransform_01	3107xx30	DS	1	AMI Magnification (RET)
AMI ImageTransform_01	3107xx40	CS	1	AMI Magnification Type (RET)
AMI ImageTransform_01	3107xx50	DS	1	AMI Displayed Area (RET)
AMI ImageTransform_01	3107xx60	DS	1	AMI Calibration Factor (RET)
AMI Sequence AnnotElements_01	3105xx10	DS	1	AMI Annotation Element Position
AMI Sequence AnnotElements_01	3105xx20	LT	1	AMI Annotation Element Text
AMI Sequence Annotations_01	3103xx10	CS	1	AMI Annotation Sequence (RET)
AMI Sequence Annotations_01	3103xx20	UI	1	AMI Annotation UID (RET)
AMI Sequence Annotations_01	3103xx30	US	1	AMI Annotation Color (RET)
AMI Sequence Annotations_01	3103xx40	FD	1	FontSize
AMI Sequence Annotations_01	3103xx50	CS	1	AMI Annotation Line Style (RET)
AMI Sequence Annotations_01	3103xx60	SQ	1	AMI Annotation Elements (RET)
AMI Sequence Annotations_01	3103xx70	SH	1	AMI Annotation Label (RET)
AMI Sequence Annotations_01	3103xx80	PN	1	AMI Annotation Creator (RET)
AMI Sequence Annotations_01	3103xx90	PN	1	AMI Annotation Modifiers (RET)
AMI Sequence Annotations_01	3103xxA0	DA	1	AMI Annotation Creation Date (RET)
AMI Sequence Annotations_01	3103xxB0	TM	1	AMI Annotation Creation Time (RET)
AMI Sequence Annotations_01	3103xxC0	DA	1	AMI Annotation Modification Dates (RET)
AMI Sequence Annotations_01	3103xxD0	TM	1	AMI Annotation Modification Times (RET)
AMI Sequence Annotations_01	3103xxE0	US	1	AMI Annotation Frame Number (RET)
AMI Sequence Annotations_02	3103xx10	CS	1	AMI Annotation Sequence (RET)
AMI Sequence Annotations_02	3103xx20	UI	1	AMI Annotation UID (RET)
AMI Sequence Annotations_02	3103xx30	US	1	AMI Annotation Color (RET)
AMI Sequence Annotations_02	3103xx50	CS	1	AMI Annotation Line Style (RET)
AMI Sequence Annotations_02	3103xx60	SQ	1	AMI Annotation Elements (RET)
AMI Sequence Annotations_02	3103xx70	SH	1	AMI Annotation Label (RET)
AMI Sequence Annotations_02	3103xx80	PN	1	AMI Annotation Creator (RET)
AMI Sequence Annotations_02	3103xx90	PN	1	AMI Annotation Modifiers (RET)
AMI Sequence Annotations_02	3103xxA0	DA	1	AMI Annotation Creation Date (RET)
AMI Sequence Annotations_02	3103xxB0	TM	1	AMI Annotation Creation Time (RET)
AMI Sequence Annotations_02	3103xxC0	DA	1	AMI Annotation Modification Dates (RET)
AMI Sequence Annotations_02	3103xxD0	TM	1	AMI Annotation Modification Times (RET)
AMI Sequence Annotations_02	3103xxE0	US	1	AMI Annotation Frame Number (RET)
AMI StudyExtensions_01	3111xx01	UL	1	AMI Last Released Annot Label (RET)
AMICAS0	0023xx01	UI	1	
AMICAS0	0023xx08	US	1	
AMICAS0	0023xx10	US	1	
AMICAS0	0023xx16	SL	1	
APEX_PRIVATE	0027xx10	LO	1	Private Creator
APEX_PRIVATE	0027xx11	DS	1	Bed Position
ATL HDI V1.0	0009xx00	UN	1	Private
ATL HDI V1.0	0009xx10	UN	1	Private
ATL HDI V1.0	0009xx20	UN	1	Private
ATL HDI V1.0	0009xx30	UN	1	Private
ATL HDI V1.0	0009xx40	UN	1	Private
ATL HDI V1.0	0009xx50	UN	1	Private
ATL HDI V1.0	0009xx60	UN	1	Private
ATL HDI V1.0	0009xx70	UN	1	Private
ATL HDI V1.0	0009xx80	UN	1	Private
ATL HDI V1.0	0009xx90	UN	1	Private
ATL HDI V1.0	0009xx91	UN	1	Private
ATL HDI V1.0	0029xx30	UN	1	Loop Mode
ATL HDI V1.0	0029xx31	UN	1	Trigger mode
ATL HDI V1.0	0029xx32	UN	1	Number of Loops
ATL HDI V1.0	0029xx33	UN	1	Loop Indexes
ATL HDI V1.0	0029xx34	UN	1	Loop Heart Rates
ATL HDI V1.0	0029xx35	UN	1	Medications
ATL PRIVATE TAGS	0029xx30	UL	1	Loop Mode
ATL PRIVATE TAGS	0029xx31	UL	1	Trigger mode
ATL PRIVATE TAGS	0029xx32	UL	1	Number of Loops
ATL PRIVATE TAGS	0029xx33	DS	1-n	Loop Indexes
ATL PRIVATE TAGS	0029xx34	DS	1-n	Loop Heart Rates
ATL PRIVATE TAGS	0029xx35	LO	1	Medications
Acuson X500	0009xx20	UN	1	(a)View Name
Acuson X500	0009xx2A	UN	1	View List
Acuson X500	0011xx10	UN	1	Siemens Medical
Acuson X500	0011xx11	UN	1	DIMAQ Software
Acuson X500	0011xx20	UN	1	Private Data
Acuson X500	0011xx21	UN	1	Private Data
Acuson X500	0013xx10	UN	1	Siemens Medical
Acuson X500	0013xx11	UN	1	DIMAQ Software
Acuson X500	0013xx20	UN	1	Private Data
Acuson X500	0015xx10	UN	1	Siemens Medical
Acuson X500	0015xx11	UN	1	DIMAQ Software
Acuson X500	0015xx20	UN	1	Private Data
Acuson X500	0017xx10	UN	1	Siemens Medical
Acuson X500	0017xx11	UN	1	DIMAQ Software
Acuson X500	0017xx20	UN	1	Private Data
Acuson X500	0019xx20	UN	1	Import Structured
Agfa ADC NX	0019xx09	SQ	1	Unknown
Agfa ADC NX	0019xxF5	CS	1	Cassette Orientation
Agfa ADC NX	0019xxF6	DS	1	Plate Sensitivity
Agfa ADC NX	0019xxF7	DS	1	Plate Erasability
Agfa ADC NX	0019xxF8	IS	1	Unknown
Agfa ADC NX	0019xxFE	CS	1	Unknown
AgilityRuntime	0029xx11	CS	1	Unknown
AgilityRuntime	0029xx12	US	1	Unknown
AgilityRuntime	0029xx13	US	1	Unknown
AgilityRuntime	0029xx14	US	1	Unknown
AgilityRuntime	0029xx1F	US	1	Unknown
Applicare/Centricity Radiology Web/Version 1.0	4109xx01	SH	1	Mammography Laterality
Applicare/Centricity Radiology Web/Version 1.0	4109xx02	SH	1	Mammography View Name
Applicare/Centricity Radiology Web/Version 1.0	4109xx03	SH	1	Mammography View Modifier
Applicare/Centricity Radiology Web/Version 2.0	4111xx01	CS	1	Secondary Spine Label
Applicare/Centricity Radiology Web/Version 2.0	4111xx02	IS	1	Additional tags for Presentation State
Applicare/Print/Version 5.1	4101xx01	UL	1	<internal
Applicare/Print/Version 5.1	4101xx02	SQ	1	<internal
Applicare/Print/Version 5.1	4101xx03	LO	1	<internal
Applicare/Print/Version 5.1	4101xx04	UL	1	<internal
Applicare/Print/Version 5.1	4101xx05	FD	1	<internal
Applicare/Print/Version 5.1	4101xx06	US	1	<internal
Applicare/Print/Version 5.1	4101xx07	US	1	<internal
Applicare/Print/Version 5.1	4101xx08	US	1	<internal
Applicare/Print/Version 5.1	4101xx09	US	1	<internal
Applicare/RadStore/Version 1.0	3113xx01	SL	1	OBSOLETE
Applicare/RadStore/Version 1.0	3113xx02	SL	1	Id1
Applicare/RadStore/Version 1.0	3113xx03	SL	1	Id2
Applicare/RadStore/Version 1.0	3113xx04	SL	1	Id3
Applicare/RadStore/Version 1.0	3113xx11	LO	1	OBSOLETE
Applicare/RadStore/Version 1.0	3113xx12	CS	1	State
Applicare/RadStore/Version 1.0	3113xx13	DT	1	DateLastModified
Applicare/RadStore/Version 1.0	3113xx14	DT	1	DateLastAccessed
Applicare/RadStore/Version 1.0	3113xx15	CS	1	OBSOLETE
Applicare/RadStore/Version 1.0	3113xx16	FD	1	ByteSize
Applicare/RadStore/Version 1.0	3113xx17	LO	1	LibraryId
Applicare/RadStore/Version 1.0	3113xx18	LO	1	Pathnames
Applicare/RadStore/Version 1.0	3113xx19	LO	1	DriverPath
Applicare/RadStore/Version 1.0	3113xx1A	LO	1	Source
Applicare/RadStore/Version 1.0	3113xx1B	LO	1	Destination
Applicare/RadStore/Version 1.0	3113xx1C	SL	1	MediumId
Applicare/RadStore/Version 1.0	3113xx1D	LO	1	ArchiveId
Applicare/RadStore/Version 1.0	3113xx1E	LO	1	Origin
Applicare/RadStore/Version 1.0	3113xx21	SL	1	Version
Applicare/RadStore/Version 1.0	3113xx22	SL	1	OBSOLETE
Applicare/RadStore/Version 1.0	3113xx23	ST	1	InstanceFileLocation
Applicare/RadStore/Version 1.0	3113xx31	IS	1	OBSOLETE
Applicare/RadStore/Version 1.0	3113xx32	IS	1	OBSOLETE
Applicare/RadStore/Version 1.0	3113xx33	IS	1	OBSOLETE
Applicare/RadStore/Version 1.0	3113xx35	LO	1	ImageMediumLocation
Applicare/RadStore/Version 1.0	3113xx36	LO	1	ImageMediumLabel
Applicare/RadStore/Version 1.0	3113xx37	CS	1	ImageMediumState
Applicare/RadStore/Version 1.0	3113xx38	LO	1	SeriesMediumLocation
Applicare/RadStore/Version 1.0	3113xx39	LO	1	SeriesMediumLabel
Applicare/RadStore/Version 1.0	3113xx3A	CS	1	SeriesMediumState
Applicare/RadStore/Version 1.0	3113xx3B	LO	1	StudyMediumLocation
Applicare/RadStore/Version 1.0	3113xx3C	LO	1	StudyMediumLabel
Applicare/RadStore/Version 1.0	3113xx3D	CS	1	StudyMediumState
Applicare/RadStore/Version 1.0	3113xx52	CS	1	StudyState
Applicare/RadStore/Version 1.0	3113xx53	CS	1	SeriesState
Applicare/RadStore/Version 1.0	3113xx55	CS	1	ImageStateText
Applicare/RadStore/Version 1.0	3113xx56	CS	1	SeriesStateText
Applicare/RadStore/Version 1.0	3113xx57	CS	1	StudyStateText
Applicare/RadStore/Version 1.0	3113xx60	DT	1	Expiration
Applicare/RadStore/Version 1.0	3113xx69	AT	1	DeletedTags
Applicare/RadWorks/Version 5.0	3109xx01	ST	1	<internal
Applicare/RadWorks/Version 5.0	3109xx02	SH	1	NEW/SEEN Status
Applicare/RadWorks/Version 5.0	3109xx03	CS	1	Delete Lock
Applicare/RadWorks/Version 5.0	3109xx04	CS	1	<internal
Applicare/RadWorks/Version 5.0	3109xx05	CS	1	<internal
Applicare/RadWorks/Version 5.0	3109xx06	CS	1	<internal
Applicare/RadWorks/Version 5.0	3109xx07	UL	1	<internal
Applicare/RadWorks/Version 5.0	3109xx08	LO	1	Receive Origin
Applicare/RadWorks/Version 5.0	3109xx09	LO	1	Folder
Applicare/RadWorks/Version 5.0	3109xx0A	DA	1	Receive Date
Applicare/RadWorks/Version 5.0	3109xx0B	TM	1	Receive Time
Applicare/RadWorks/Version 5.0	3109xx0C	CS	1	Prior
Applicare/RadWorks/Version 5.0	3109xx0D	CS	1	STAT Study
Applicare/RadWorks/Version 5.0	3109xx0E	CS	1	<internal
Applicare/RadWorks/Version 5.0	3109xx10	CS	1	<internal
Applicare/RadWorks/Version 5.0	3109xx11	LO	1	<internal
Applicare/RadWorks/Version 5.0	3109xx12	LO	1	<internal
Applicare/RadWorks/Version 5.0	3109xx13	DA	1	<internal
Applicare/RadWorks/Version 5.0	3109xx14	TM	1	<internal
Applicare/RadWorks/Version 5.0	3109xx19	LO	1	<internal
Applicare/RadWorks/Version 5.0	3109xx20	UI	1	<internal
Applicare/RadWorks/Version 5.0	3109xx21	CS	1	<internal
Applicare/RadWorks/Version 5.0	3109xx22	AE	1	<internal
Applicare/RadWorks/Version 5.0	3109xx23	US	1	<internal
Applicare/RadWorks/Version 5.0	3109xx24	LO	1	<internal
Applicare/RadWorks/Version 5.0	3109xx25	LO	1	<internal
Applicare/RadWorks/Version 5.0	3109xx26	UI	1	<internal
Applicare/RadWorks/Version 5.0	3109xx27	SQ	1	<internal
Applicare/RadWorks/Version 5.0	3109xx28	LO	1	<internal
Applicare/RadWorks/Version 5.0	3109xx29	LO	1	<internal
Applicare/RadWorks/Version 5.0	3109xx2A	LO	1	Send Flag
Applicare/RadWorks/Version 5.0	3109xx2B	LO	1	Print Flag
Applicare/RadWorks/Version 5.0	3109xx2C	LO	1	Archive Flag
Applicare/RadWorks/Version 5.0	3109xx30	LO	1	<internal
Applicare/RadWorks/Version 5.0	3109xx31	CS	1	<internal
Applicare/RadWorks/Version 5.0	3109xx32	CS	1	<internal
Applicare/RadWorks/Version 5.0	3109xx33	CS	1	Request Storage Commitment
Applicare/RadWorks/Version 5.0	3109xx34	CS	1	Requested Compression
Applicare/RadWorks/Version 5.0	3109xx35	SQ	1	<internal
Applicare/RadWorks/Version 5.0	3109xx36	LO	1	<internal
Applicare/RadWorks/Version 5.0	3109xx37	UI	1	<internal
Applicare/RadWorks/Version 5.0	3109xx38	SH	1	<internal
Applicare/RadWorks/Version 5.0	3109xx39	SH	1	<internal
Applicare/RadWorks/Version 5.0	3109xx40	IS	1	<internal
Applicare/RadWorks/Version 5.0	3109xx41	CS	1	<internal
Applicare/RadWorks/Version 5.0	3109xx42	CS	1	<internal
Applicare/RadWorks/Version 5.0	3109xx43	CS	1	Archive Status
Applicare/RadWorks/Version 5.0	3109xxEE	UI	1	<internal
Applicare/RadWorks/Version 5.0	3109xxEF	CS	1	<internal
Applicare/RadWorks/Version 6.0	4103xx01	AT	1	Internal: non-existent tags
Applicare/RadWorks/Version 6.0	4103xx02	UI	1	Internal: non-existent objects
Applicare/RadWorks/Version 6.0	4105xx01	CS	1	Annotation Type
Applicare/RadWorks/Version 6.0	4105xx02	DS	1	Annotation Value
Applicare/RadWorks/Version 6.0	4105xx03	UI	1	Cutline Image UID
Applicare/RadWorks/Version 6.0	4105xx04	UI	1	Cutline Set UID
Applicare/RadWorks/Version 6.0	4105xx05	US	1	Annotation Color
Applicare/RadWorks/Version 6.0	4105xx06	CS	1	Annotation Line Style
Applicare/RadWorks/Version 6.0	4105xx07	SH	1	Annotation Label
Applicare/RadWorks/Version 6.0	4105xx08	PN	1	Annotation Creator
Applicare/RadWorks/Version 6.0	4105xx09	DA	1	Annotation Creation Date
Applicare/RadWorks/Version 6.0	4105xx0A	TM	1	Annotation Creation Time
Applicare/RadWorks/Version 6.0	4105xx0B	SQ	1	Annotation Modification Sequence
Applicare/RadWorks/Version 6.0	4105xx0C	PN	1	Annotation Modifier
Applicare/RadWorks/Version 6.0	4105xx0D	DA	1	Annotation Modification Date
Applicare/RadWorks/Version 6.0	4105xx0E	TM	1	Annotation Modification Time
Applicare/RadWorks/Version 6.0	4105xx0F	LO	1	Palette Color LUT Name
Applicare/RadWorks/Version 6.0	4105xx10	US	1	Annotation Number
Applicare/RadWorks/Version 6.0	4107xx01	SQ	1	Requested Palette Color LUT
Applicare/RadWorks/Version 6.0/Summary	3109xx11	ST	1	Receive Origin Description
Applicare/RadWorks/Version 6.0/Summary	3109xx12	ST	1	Receive Origin Description
Applicare/Workflow/Version 1.0	3113xx01	CS	1	<internal
Applicare/Workflow/Version 1.0	3113xx10	SH	1	<internal
Applicare/Workflow/Version 1.0	3113xx11	SH	1	<internal
Applicare/Workflow/Version 1.0	3113xx12	LO	1	<internal
Applicare/Workflow/Version 1.0	3113xx15	SH	1	<internal
Applicare/Workflow/Version 1.0	3113xx16	SH	1	<internal
Applicare/Workflow/Version 1.0	3113xx17	LO	1	<internal
Applicare/Workflow/Version 1.0	3113xx20	SH	1	<internal
Applicare/Workflow/Version 1.0	3113xx21	SH	1	<internal
Applicare/Workflow/Version 1.0	3113xx22	LO	1	<internal
Applicare/Workflow/Version 1.0	3113xx25	SH	1	<internal
Applicare/Workflow/Version 1.0	3113xx26	SH	1	<internal
Applicare/Workflow/Version 1.0	3113xx27	LO	1	<internal
Applicare/Workflow/Version 1.0	3113xx30	UI	1	<internal
Applicare/Workflow/Version 1.0	3113xx31	UI	1	<internal
Applicare/Workflow/Version 1.0	3113xxE0	CS	1	<internal
Applicare/Workflow/Version 1.0	3113xxE1	CS	1	<internal
Applicare/Workflow/Version 1.0	3113xxE2	CS	1	<internal
BRIT Systems, Inc.	0021xx00	SQ	1	Person Information Sequence
BRIT Systems, Inc.	0021xx01	LO	1	Person ID
BRIT Systems, Inc.	0021xx02	PN	1	Person Name
BRIT Systems, Inc.	0021xx03	LO	1	Person Role
BRIT Systems, Inc.	0021xx04	SH	1	Person Home Phone
BRIT Systems, Inc.	0021xx05	SH	1	Person Work Phone
BRIT Systems, Inc.	0021xx06	SH	1	Person Cell Phone
BRIT Systems, Inc.	0021xx07	SH	1	Person Pager Phone
BRIT Systems, Inc.	0021xx08	SH	1	Person Fax Phone
BRIT Systems, Inc.	0021xx09	LO	1	Person EMail
BRIT Systems, Inc.	0021xx0A	ST	1	Person Address
BRIT Systems, Inc.	0021xx0B	LO	1	Person Password
BRIT Systems, Inc.	0021xx0C	SH	1	Person Emergency Phone
BRIT Systems, Inc.	0021xx0D	LO	1	Physician ID
BRIT Systems, Inc.	0021xx11	LO	1	Original Patient ID
BRIT Systems, Inc.	0021xx12	UI	1	Original Study Instance UID
BRIT Systems, Inc.	0021xx13	UI	1	Original Series Instance UID
BRIT Systems, Inc.	0021xx14	LO	1	Master Accession Number
BRIT Systems, Inc.	0021xx15	LO	1	Order Category
BRIT Systems, Inc.	0021xx16	LO	1	Patient ICN
BRIT Systems, Inc.	0021xx17	LO	1	Patient DFS
BRIT Systems, Inc.	0021xx18	LO	1	Patient Class
BRIT Systems, Inc.	0021xx19	LO	1	Patient Type
BRIT Systems, Inc.	0021xx1F	LT	1	Generic String
BRIT Systems, Inc.	0021xx20	LO	1	QC Study Assigned By
BRIT Systems, Inc.	0021xx21	LO	1	QC Study Split By
BRIT Systems, Inc.	0021xx22	LO	1	QC Study Moved By
BRIT Systems, Inc.	0021xx23	LO	1	QC Study Edited By
BRIT Systems, Inc.	0021xx24	LO	1	QC Series Split By
BRIT Systems, Inc.	0021xx25	LO	1	QC Series Moved By
BRIT Systems, Inc.	0021xx26	LO	1	QC Series Edited By
BRIT Systems, Inc.	0021xx27	LO	1	QC Image Moved By
BRIT Systems, Inc.	0021xx28	LO	1	QC Image Edited By
BRIT Systems, Inc.	0021xx30	LO	1	QC Done Time
BRIT Systems, Inc.	0021xx31	LO	1	QC Last Modification Time
BRIT Systems, Inc.	0021xx32	LO	1	QC Image Accepted By
BRIT Systems, Inc.	0021xx33	LO	1	QC Image Rejected By
BRIT Systems, Inc.	0021xx34	DA	1	QC Done Date
BRIT Systems, Inc.	0021xx50	LO	1	QC Deletion Requested
BRIT Systems, Inc.	0021xx90	AE	1	Original Sender AE Title
BRIT Systems, Inc.	0021xx91	LO	1	Software Title
BRIT Systems, Inc.	0021xx92	SH	1	Software Version
BRIT Systems, Inc.	0021xx93	LO	1	Serial Number
BRIT Systems, Inc.	0021xxA0	SQ	1	Object Action Sequence
BRIT Systems, Inc.	0021xxA1	ST	1	Object Action
BRIT Systems, Inc.	0021xxA2	DA	1	Object Action Date
BRIT Systems, Inc.	0021xxA3	TM	1	Object Action Time
BRIT Systems, Inc.	0021xxA5	AE	1	Local AE Title
BRIT Systems, Inc.	0021xxA6	SH	1	Local IP Address
BRIT Systems, Inc.	0021xxA7	AE	1	Remote AE Title
BRIT Systems, Inc.	0021xxA8	SH	1	Remote IP Address
BioPri	0009xx00	LO	1	Unknown
BioPri	0009xx01	UN	1	Unknown
BioPri	0009xx02	UN	1	Unknown
BioPri	0009xx03	LO	1-n	Unknown
BioPri	0009xx04	LO	1	Unknown
BioPri	0009xx05	LO	1	Unknown
BioPri	0009xx07	LO	1	Unknown
BioPri	0009xx08	LO	1	Unknown
BioPri	0009xx09	LO	1	Unknown
BioPri	0009xx10	UN	1	Unknown
BioPri3D	001110xx	UN	1	Private Segmentation Data
BioPri3D	006310xx	UN	1	Private Creator
BrainLAB_BeamProfile	3411xx01	SQ	1	Beam Profile Sequence
BrainLAB_BeamProfile	3411xx02	IS	1	Beam Profile Number
BrainLAB_BeamProfile	3411xx03	SQ	1	Beam Parameter Sequence
BrainLAB_BeamProfile	3411xx04	UT	1	Parameter Description
BrainLAB_BeamProfile	3411xx05	OB	1	Parameter Data
BrainLAB_BeamProfile	3411xx06	IS	1	Referenced Beam Profile Number
BrainLAB_Conversion	0009xx01	LO	1	Export Platform Name
BrainLAB_Conversion	0009xx02	OB	1	Export Platform Data
BrainLAB_PatientSetup	3273xx00	DS	3	Isocenter Position
BrainLAB_PatientSetup	3273xx01	CS	1	Patient Position
CAMTRONICS	0029xx10	LT	1	Commentline
CAMTRONICS	0029xx20	DS	1	Edge Enhancement Coefficient
CAMTRONICS	0029xx50	LT	1	Scene Text
CAMTRONICS	0029xx60	LT	1	Image Text
CAMTRONICS	0029xx70	IS	1	Pixel Shift Horizontal
CAMTRONICS	0029xx80	IS	1	Pixel Shift Vertical
CAMTRONICS	0029xx90	IS	1	Unknown
CAMTRONICS IP	0029xx10	LT	1	Unknown
CAMTRONICS IP	0029xx20	UN	1	Unknown
CAMTRONICS IP	0029xx30	UN	1	Unknown
CAMTRONICS IP	0029xx40	UN	1	Unknown
CANON_MEC_MR3	00290001	SQ	1	Other Private Data
CANON_MEC_MR3	00290089	LO	1	Unknown
CANON_MEC_MR3	00290090	OB	1	Reversed EVRLE DataSet
CANON_MEC_MR3	700D0000	DS	1	Scale Factor
CANON_MEC_MR3	700D0005	DS	4	FOV
CANON_MEC_MR3	700D000C	CS	1	Receiver Gain Correction Check Flag
CANON_MEC_MR3	700D0020	SH	1	Identification Flag of 3D GDC
CANON_MEC_MR3^10	00090002	SH	1	Unknown
CANON_MEC_MR3^10	00110003	US	1	Unknown
CANON_MEC_MR3^10	00110004	SQ	1	Unknown
CANON_MEC_MR3^10	00110005	US	1	Unknown
CANON_MEC_MR3^10	00110006	US	1	Unknown
CANON_MEC_MR3^10	00110007	UL	1-n	Unknown
CANON_MEC_MR3^10	00110008	SH	1	Unknown
CANON_MEC_MR3^10	0011000C	SS	1	Unknown
CANON_MEC_MR3^10	0011000E	US	2	Unknown
CANON_MEC_MR3^10	00190001	UL	1	Unknown
CANON_MEC_MR3^10	00190002	SL	1	Unknown
CANON_MEC_MR3^10	00190003	US	1	Unknown
CANON_MEC_MR3^10	00190004	SL	1	Unknown
CANON_MEC_MR3^10	00190005	FL	1	Unknown
CANON_MEC_MR3^10	00190006	SL	1	Unknown
CANON_MEC_MR3^10	00190007	FL	3	Unknown
CANON_MEC_MR3^10	00190008	US	1	Unknown
CANON_MEC_MR3^10	00190009	FL	1	Unknown
CANON_MEC_MR3^10	0019000A	FL	1	Unknown
CANON_MEC_MR3^10	0019000B	FL	1	Unknown
CANON_MEC_MR3^10	0019000C	US	3	Unknown
CANON_MEC_MR3^10	0019000D	SL	6	Unknown
CANON_MEC_MR3^10	0019000E	SL	6	Unknown
CANON_MEC_MR3^10	0019000F	SL	6	Unknown
CANON_MEC_MR3^10	00190010	US	2	Unknown
CANON_MEC_MR3^10	00190011	SL	2	Unknown
CANON_MEC_MR3^10	00190012	US	1	Unknown
CANON_MEC_MR3^10	00190013	SL	1	Unknown
CANON_MEC_MR3^10	00190014	US	1	Unknown
CANON_MEC_MR3^10	00190015	SL	1	Unknown
CANON_MEC_MR3^10	00190016	FL	1	Unknown
CANON_MEC_MR3^10	00190017	SL	1	Unknown
CANON_MEC_MR3^10	00190018	US	1	Unknown
CANON_MEC_MR3^10	00190019	SL	1	Unknown
CANON_MEC_MR3^10	0019001A	US	1	Unknown
CANON_MEC_MR3^10	0019001B	SL	1	Unknown
CANON_MEC_MR3^10	0019001C	SL	1	Unknown
CANON_MEC_MR3^10	0019001D	SL	1	Unknown
CANON_MEC_MR3^10	0019001E	US	1	Unknown
CANON_MEC_MR3^10	00190027	SL	1	Unknown
CANON_MEC_MR3^10	00190028	SL	1	Unknown
CANON_MEC_MR3^10	00190029	SH	1	Unknown
CANON_MEC_MR3^10	0019002A	SL	1	Unknown
CANON_MEC_MR3^10	0019002B	SH	1	Unknown
CANON_MEC_MR3^10	0019002C	SL	1	Unknown
CANON_MEC_MR3^10	0019002D	SL	1	Unknown
CANON_MEC_MR3^10	0019002E	US	1	Unknown
CANON_MEC_MR3^10	0019002F	FL	1	Unknown
CANON_MEC_MR3^10	00190030	UL	1	Unknown
CANON_MEC_MR3^10	00190031	OF	1-n	Unknown
CANON_MEC_MR3^10	00190032	FL	1	Unknown
CANON_MEC_MR3^10	00190033	SL	3	Unknown
CANON_MEC_MR3^10	00190034	SL	1	Unknown
CANON_MEC_MR3^10	00190035	SL	1	Unknown
CANON_MEC_MR3^10	00190036	SQ	1	Unknown
CANON_MEC_MR3^10	00190038	SL	1	Unknown
CANON_MEC_MR3^10	00190039	SL	1	Unknown
CANON_MEC_MR3^10	0019003A	SL	1	Unknown
CANON_MEC_MR3^10	0019003B	SL	2	Unknown
CANON_MEC_MR3^10	0019003C	SL	1	Unknown
CANON_MEC_MR3^10	0019003D	SL	1	Unknown
CANON_MEC_MR3^10	0019003E	SL	1	Unknown
CANON_MEC_MR3^10	0019003F	SL	1	Unknown
CANON_MEC_MR3^10	00190042	US	1	Unknown
CANON_MEC_MR3^10	00190043	US	1	Unknown
CANON_MEC_MR3^10	00190044	SL	1	Unknown
CANON_MEC_MR3^10	00190045	SS	1	Unknown
CANON_MEC_MR3^10	00190046	US	1	Unknown
CANON_MEC_MR3^10	00190047	FL	1	Unknown
CANON_MEC_MR3^10	00190048	US	1	Unknown
CANON_MEC_MR3^10	00190049	US	1	Unknown
CANON_MEC_MR3^10	0019004B	US	1	Unknown
CANON_MEC_MR3^10	0019004C	US	1	Unknown
CANON_MEC_MR3^10	0019004E	US	1	Unknown
CANON_MEC_MR3^10	0019004F	US	1	Unknown
CANON_MEC_MR3^10	00190050	SL	2	Unknown
CANON_MEC_MR3^10	00190051	SL	2	Unknown
CANON_MEC_MR3^10	00190052	LO	1	Unknown
CANON_MEC_MR3^10	00190054	US	1	Unknown
CANON_MEC_MR3^10	00190055	US	1	Unknown
CANON_MEC_MR3^10	00190056	FL	3	Unknown
CANON_MEC_MR3^10	00190057	FL	3	Unknown
CANON_MEC_MR3^10	00190058	FL	3	Unknown
CANON_MEC_MR3^10	00190059	SL	1	Unknown
CANON_MEC_MR3^10	0019005A	FL	1-n	Unknown
CANON_MEC_MR3^10	0019005D	FL	1-n	Unknown
CANON_MEC_MR3^10	0019005E	SL	1	Unknown
CANON_MEC_MR3^10	0019005F	FL	1	Unknown
CANON_MEC_MR3^10	00190060	US	1	Unknown
CANON_MEC_MR3^10	00190061	US	1	Unknown
CANON_MEC_MR3^10	00190062	US	1	Unknown
CANON_MEC_MR3^10	00190063	FL	1	Unknown
CANON_MEC_MR3^10	00190065	SL	2	Unknown
CANON_MEC_MR3^10	0019006B	SL	1	Unknown
CANON_MEC_MR3^10	0019006D	SL	1	Unknown
CANON_MEC_MR3^10	0019006E	FL	1	Unknown
CANON_MEC_MR3^10	0019006F	SL	1	Unknown
CANON_MEC_MR3^10	00190070	LO	1	Unknown
CANON_MEC_MR3^10	00190071	LO	1	Unknown
CANON_MEC_MR3^10	00190073	LO	1	Unknown
CANON_MEC_MR3^10	00190075	LO	1	Unknown
CANON_MEC_MR3^10	00190076	LO	1	Unknown
CANON_MEC_MR3^10	00190078	LO	1	Unknown
CANON_MEC_MR3^10	0019007B	LO	1	Unknown
CANON_MEC_MR3^10	0019007C	FL	1	Unknown
CANON_MEC_MR3^10	0019007D	FL	1	Unknown
CANON_MEC_MR3^10	0019007E	SL	1	Unknown
CANON_MEC_MR3^10	0019007F	SL	1	Unknown
CANON_MEC_MR3^10	00190085	FL	1	Unknown
CANON_MEC_MR3^10	00190086	SL	1	Unknown
CANON_MEC_MR3^10	00190087	FL	1	Unknown
CANON_MEC_MR3^10	00190088	LO	1	Unknown
CANON_MEC_MR3^10	00190089	FL	1	Unknown
CANON_MEC_MR3^10	0019008A	SL	1-n	Unknown
CANON_MEC_MR3^10	0019008C	UL	1	Unknown
CANON_MEC_MR3^10	0019008D	TM	1	Unknown
CANON_MEC_MR3^10	0019008E	SL	1	Unknown
CANON_MEC_MR3^10	00190092	SL	1	Unknown
CANON_MEC_MR3^10	00190093	FL	3	Unknown
CANON_MEC_MR3^10	00190096	US	1	Unknown
CANON_MEC_MR3^10	0019009B	FL	3	Unknown
CANON_MEC_MR3^10	0019009C	SL	1	Unknown
CANON_MEC_MR3^10	001900A0	SL	4	Unknown
CANON_MEC_MR3^10	001900A1	DS	1	Unknown
CANON_MEC_MR3^10	001900A2	SL	1	Unknown
CANON_MEC_MR3^10	001900A3	SL	3	Unknown
CANON_MEC_MR3^10	001900A4	FL	3	Unknown
CANON_MEC_MR3^10	001900A5	FL	1	Unknown
CANON_MEC_MR3^10	001900A6	SL	1	Unknown
CANON_MEC_MR3^10	001900A8	FL	1	Unknown
CANON_MEC_MR3^10	001900A9	SL	1	Unknown
CANON_MEC_MR3^10	001900AB	FL	3	Unknown
CANON_MEC_MR3^10	001900AC	US	1	Unknown
CANON_MEC_MR3^10	001900AD	FL	1	Unknown
CANON_MEC_MR3^10	001900AE	FL	1	Unknown
CANON_MEC_MR3^10	001900AF	SL	1	Unknown
CANON_MEC_MR3^10	001900B0	SL	1	Unknown
CANON_MEC_MR3^10	001900B1	SL	1	Unknown
CANON_MEC_MR3^10	001900B4	SL	1	Unknown
CANON_MEC_MR3^10	001900B5	SL	1	Unknown
CANON_MEC_MR3^10	001900B6	SL	1	Unknown
CANON_MEC_MR3^10	001900B7	FL	2	Unknown
CANON_MEC_MR3^10	001900BA	FL	1	Unknown
CANON_MEC_MR3^10	001900BB	FL	1	Unknown
CANON_MEC_MR3^10	001900BC	FL	2	Unknown
CANON_MEC_MR3^10	001900BD	SL	1	Unknown
CANON_MEC_MR3^10	001900BE	SL	1	Unknown
CANON_MEC_MR3^10	001900C1	SL	1	Unknown
CANON_MEC_MR3^10	001900C3	SL	1	Unknown
CANON_MEC_MR3^10	001900C6	FL	2	Unknown
CANON_MEC_MR3^10	001900C9	SL	1	Unknown
CANON_MEC_MR3^10	001900CA	LO	1	Unknown
CANON_MEC_MR3^10	001900CB	UL	1	Unknown
CANON_MEC_MR3^10	001900CC	UL	1	Unknown
CANON_MEC_MR3^10	001900CD	SL	1	Unknown
CANON_MEC_MR3^10	001900CE	SL	1	Unknown
CANON_MEC_MR3^10	001900CF	SL	1	Unknown
CANON_MEC_MR3^10	001900D0	US	1	Unknown
CANON_MEC_MR3^10	001900D1	SL	1	Unknown
CANON_MEC_MR3^10	001900D2	SL	3	Unknown
CANON_MEC_MR3^10	001900D3	SL	1	Unknown
CANON_MEC_MR3^10	001900D4	SL	1	Unknown
CANON_MEC_MR3^10	001900D8	US	1	Unknown
CANON_MEC_MR3^10	001900D9	SQ	1	Unknown
CANON_MEC_MR3^10	001900DA	US	1	Unknown
CANON_MEC_MR3^10	001900DB	SL	1	Unknown
CANON_MEC_MR3^10	001900DC	SL	1	Unknown
CANON_MEC_MR3^10	001900E1	SL	1	Unknown
CANON_MEC_MR3^10	001900E4	SL	1	Unknown
CANON_MEC_MR3^10	001900E5	SQ	1	Unknown
CANON_MEC_MR3^10	001900E6	SQ	1	Unknown
CANON_MEC_MR3^10	001900E9	SL	1	Unknown
CANON_MEC_MR3^10	001900EA	UI	1	Unknown
CANON_MEC_MR3^10	001900EB	SL	1	Unknown
CANON_MEC_MR3^10	001900EC	US	1	Unknown
CANON_MEC_MR3^10	001900EE	FL	1	Unknown
CANON_MEC_MR3^10	001900EF	FL	1	Unknown
CANON_MEC_MR3^10	001900F0	SL	1	Unknown
CANON_MEC_MR3^10	001900F1	FL	1	Unknown
CANON_MEC_MR3^10	001900F2	FL	1	Unknown
CANON_MEC_MR3^10	001900F3	SL	1	Unknown
CANON_MEC_MR3^10	001900F4	FD	1	Unknown
CANON_MEC_MR3^10	001900F5	SL	1	Unknown
CANON_MEC_MR3^10	001900F6	UI	1	Unknown
CANON_MEC_MR3^10	001900F8	US	1	Unknown
CANON_MEC_MR3^10	001900F9	SL	1	Unknown
CANON_MEC_MR3^10	001900FA	FL	1	Unknown
CANON_MEC_MR3^10	001900FB	UL	1	Unknown
CANON_MEC_MR3^10	001900FC	FL	1	Unknown
CANON_MEC_MR3^10	001900FD	FL	1	Unknown
CANON_MEC_MR3^10	001900FE	SL	1	Unknown
CANON_MEC_MR3^10	001900FF	SL	3	Unknown
CANON_MEC_MR3^10	00210002	SL	1	Unknown
CANON_MEC_MR3^10	00210003	SL	1	Unknown
CANON_MEC_MR3^10	00210004	US	1	Unknown
CANON_MEC_MR3^10	00210008	DS	3	Unknown
CANON_MEC_MR3^10	00210009	DS	3	Unknown
CANON_MEC_MR3^10	0021000A	DS	3	Unknown
CANON_MEC_MR3^10	0021000B	US	1	Unknown
CANON_MEC_MR3^10	0021000C	US	1	Unknown
CANON_MEC_MR3^10	0021000D	FL	1	Unknown
CANON_MEC_MR3^10	0021000F	US	1	Unknown
CANON_MEC_MR3^10	00210012	DS	3	Unknown
CANON_MEC_MR3^10	00210014	SQ	1	Unknown
CANON_MEC_MR3^10	00210015	FL	1	Unknown
CANON_MEC_MR3^10	00210016	FL	2	Unknown
CANON_MEC_MR3^10	00210018	US	1	Unknown
CANON_MEC_MR3^10	0021001D	IS	1	Unknown
CANON_MEC_MR3^10	0021001F	US	1	Unknown
CANON_MEC_MR3^10	00210022	US	1	Unknown
CANON_MEC_MR3^10	00210023	SS	1	Unknown
CANON_MEC_MR3^10	00290001	SL	1	Unknown
CANON_MEC_MR3^10	00290005	SQ	1	Unknown
CANON_MEC_MR3^10	00290006	FL	1	Unknown
CANON_MEC_MR3^10	00290007	FL	1	Unknown
CANON_MEC_MR3^10	0029001C	FL	2	Unknown
CANON_MEC_MR3^10	00290021	SL	3	Unknown
CANON_MEC_MR3^10	0029004E	SL	1	Unknown
CANON_MEC_MR3^10	00290050	LO	1	Unknown
CANON_MEC_MR3^10	00290051	LO	1	Unknown
CANON_MEC_MR3^10	00290052	LO	1	Unknown
CANON_MEC_MR3^10	00290054	LO	1	Unknown
CANON_MEC_MR3^10	00290067	FD	4	Unknown
CANON_MEC_MR3^10	00290068	SS	1	Unknown
CANON_MEC_MR3^10	0029006E	OB	1	Unknown
CANON_MEC_MR3^10	700D0010	DS	1	2nd Flip Angle [degree]
CANON_MEC_MR3^10	700D0011	US	2	Acquisition Inner Matrix
CANON_MEC_MR3^10	700D0012	US	1	MP2RAGE Flag
CANON_MEC_MR3^10	700D0013	FL	1	Inversion efficiency of inversion recovery pulse
CANON_MEC_MR3^10	700D0014	SL	1	Number of dummy shot
CANON_MEC_MR3^10	700D0015	FL	1	FFE total repetition time[s]
CANON_MEC_MR3^10	700D0016	LO	3	PAS Name
CANON_MEC_MR3^10	700D0017	LT	1	Intended Processing
CANON_MEC_MR3^10	700D0018	SS	1	Scanned Orientation IDs
CANON_MEC_MR3^10	700D0019	OB	1	PAS Reproduct Information
CANON_MEC_MR3^10	700D001A	DS	1	ASTAR Inversion Time
CANON_MEC_MR3^10	700D001B	DS	1	Saturation Recovery Time
CANON_MEC_MR3^10	E2010002	US	1	Unknown
CANON_MEC_MR3^10	E3010000	SH	1	Unknown
CANON_MEC_MR3^10	E4010000	US	1	Unknown
CANON_MEC_MR3^10	E4010001	US	1	Unknown
CANON_MEC_MR3^10	E4010002	US	1	Unknown
CANON_MEC_MR3^10	E4010003	US	1	Unknown
CANON_MEC_MR3^10	E4010004	US	1	Unknown
CANON_MEC_MR3^10	E4010005	OB	1	Unknown
CANON_MEC_MR3^10	E4010007	FL	1	Unknown
CANON_MEC_MR3^10	E4010008	FL	1	Unknown
CANON_MEC_MR3^10	E4010012	FL	1	Unknown
CANON_MEC_MR3^10	E4010013	OB	1	Unknown
CANON_MEC_MR3^10	E4010020	SQ	1	Unknown
CANON_MEC_MR3^10	E4010021	SQ	1	Unknown
CANON_MEC_MR3^10	E4010022	LO	1	Unknown
CANON_MEC_MR3^10	E4010023	SH	1	Unknown
CANON_MEC_MR3^10	E4010024	OB	1	Unknown
CANON_MEC_MR3^10	E4030000	SQ	1	Unknown
CANON_MEC_MR3^10	EE010000	US	1	Unknown
CANON_MEC_MR3^10	EE010001	OB	1	Unknown
CANON_MEC_MR3^10	EE010002	US	1	Unknown
CANON_MEC_MR3^11	00190001	OB	1	Unknown
CANON_MEC_MR3^11	00190002	SL	1	Unknown
CANON_MEC_MR3^11	00190003	SL	1	Unknown
CANON_MEC_MR3^11	00190004	SL	1	Unknown
CANON_MEC_MR3^11	00190008	SH	1	Unknown
CANON_MEC_MR3^11	00190009	SL	2	Unknown
CANON_MEC_MR3^11	0019000A	SL	1	Unknown
CANON_MEC_MR3^11	0019000C	SL	1	Unknown
CANON_MEC_MR3^11	00190019	SQ	1	Unknown
CANON_MEC_MR3^11	0019001A	FL	1	Unknown
CANON_MEC_MR3^11	00190024	SL	1	Unknown
CANON_MEC_MR3^11	00190025	SL	1	Unknown
CANON_MEC_MR3^11	00190026	SL	1	Unknown
CANON_MEC_MR3^11	00190028	SL	1	Unknown
CANON_MEC_MR3^11	00190029	SL	1	Unknown
CANON_MEC_MR3^11	0019002A	FL	1	Unknown
CANON_MEC_MR3^11	0019002B	FL	1	Unknown
CANON_MEC_MR3^11	0019002C	SL	3	Unknown
CANON_MEC_MR3^11	0019002D	SL	3	Unknown
CANON_MEC_MR3^11	0019002E	SL	1	Unknown
CANON_MEC_MR3^11	00190030	SL	1	Unknown
CANON_MEC_MR3^11	00190031	SL	1	Unknown
CANON_MEC_MR3^11	00190032	SL	1	Unknown
CANON_MEC_MR3^11	00190034	FL	1	Unknown
CANON_MEC_MR3^11	00190035	SL	1	Unknown
CANON_MEC_MR3^11	00190036	FL	1	Unknown
CANON_MEC_MR3^11	00190037	SL	1	Unknown
CANON_MEC_MR3^11	00190038	SL	1	Unknown
CANON_MEC_MR3^11	00190039	FL	1	Unknown
CANON_MEC_MR3^11	0019003A	FL	1	Unknown
CANON_MEC_MR3^11	0019003D	SL	1	Unknown
CANON_MEC_MR3^11	0019003E	FL	9	Unknown
CANON_MEC_MR3^11	0019003F	UI	1	Unknown
CANON_MEC_MR3^11	00190040	US	1	Unknown
CANON_MEC_MR3^11	00190041	US	1	Unknown
CANON_MEC_MR3^11	00190042	SL	1	Unknown
CANON_MEC_MR3^11	00190043	SL	1	Unknown
CANON_MEC_MR3^11	00190044	SL	1	Unknown
CANON_MEC_MR3^11	00190046	FL	1	Unknown
CANON_MEC_MR3^11	00190048	LT	1	Unknown
CANON_MEC_MR3^11	00190049	LT	1	Unknown
CANON_MEC_MR3^11	0019004C	SL	1	Unknown
CANON_MEC_MR3^11	0019004D	SL	1	Unknown
CANON_MEC_MR3^11	0019004E	SL	1	Unknown
CANON_MEC_MR3^11	00190055	LO	1	Unknown
CANON_MEC_MR3^11	00190057	FL	1	Unknown
CANON_MEC_MR3^11	00190058	US	1	Unknown
CANON_MEC_MR3^11	00190059	US	1	Unknown
CANON_MEC_MR3^11	0019005D	SL	1	Unknown
CANON_MEC_MR3^11	0019005E	US	1	Unknown
CANON_MEC_MR3^11	0019005F	FL	1	Unknown
CANON_MEC_MR3^11	00190060	SL	1	Unknown
CANON_MEC_MR3^11	00190061	FL	1	Unknown
CANON_MEC_MR3^11	00190062	FL	1	Unknown
CANON_MEC_MR3^11	00190063	SL	1	Unknown
CANON_MEC_MR3^11	00190065	SL	1	Unknown
CANON_MEC_MR3^11	00190066	SL	6	Unknown
CANON_MEC_MR3^11	00190068	SL	1	Unknown
CANON_MEC_MR3^11	00190069	SL	1	Unknown
CANON_MEC_MR3^11	0019006A	SL	1	Unknown
CANON_MEC_MR3^11	0019006B	SL	6	Unknown
CANON_MEC_MR3^11	0019006D	SH	1	Unknown
CANON_MEC_MR3^11	0019006E	SH	1	Unknown
CANON_MEC_MR3^11	0019006F	FL	1	Unknown
CANON_MEC_MR3^11	00190071	SL	1	Unknown
CANON_MEC_MR3^11	00190072	FL	1	Unknown
CANON_MEC_MR3^11	00190073	FL	1	Unknown
CANON_MEC_MR3^11	00190077	FL	1	Unknown
CANON_MEC_MR3^11	00190078	SL	1	Unknown
CANON_MEC_MR3^11	00190079	FL	1	Unknown
CANON_MEC_MR3^11	0019007A	SL	2	Unknown
CANON_MEC_MR3^11	0019007C	FL	3	Unknown
CANON_MEC_MR3^11	0019007D	SL	1	Unknown
CANON_MEC_MR3^11	0019007E	SL	1	Unknown
CANON_MEC_MR3^11	0019007F	SL	1	Unknown
CANON_MEC_MR3^11	00190080	FL	1	Unknown
CANON_MEC_MR3^11	00190083	FL	1	Unknown
CANON_MEC_MR3^11	00190087	SL	1	Unknown
CANON_MEC_MR3^11	0019008A	US	1	Unknown
CANON_MEC_MR3^11	0019008F	SL	1	Unknown
CANON_MEC_MR3^11	00190092	SL	1	Unknown
CANON_MEC_MR3^11	00190093	SL	1	Unknown
CANON_MEC_MR3^11	00190094	FL	1	Unknown
CANON_MEC_MR3^11	0019009A	SL	1	Unknown
CANON_MEC_MR3^11	0019009B	US	1	Unknown
CANON_MEC_MR3^11	0019009C	FL	1	Unknown
CANON_MEC_MR3^11	0019009D	SL	1	Unknown
CANON_MEC_MR3^11	0019009E	SL	1	Unknown
CANON_MEC_MR3^11	0019009F	SL	1	Unknown
CANON_MEC_MR3^11	001900A1	SL	1	Unknown
CANON_MEC_MR3^11	001900A2	SL	1	Unknown
CANON_MEC_MR3^11	001900A3	SL	1	Unknown
CANON_MEC_MR3^11	001900A5	US	1	Unknown
CANON_MEC_MR3^11	001900A6	US	1	Unknown
CANON_MEC_MR3^11	001900A8	SL	1	Unknown
CANON_MEC_MR3^11	001900AD	SL	1	Unknown
CANON_MEC_MR3^11	001900AE	SL	1	Unknown
CANON_MEC_MR3^11	001900B0	FL	1	Unknown
CANON_MEC_MR3^11	001900B1	SL	1	Unknown
CANON_MEC_MR3^11	001900B2	US	1	Unknown
CANON_MEC_MR3^11	001900B3	US	1	Unknown
CANON_MEC_MR3^11	001900B4	US	1	Unknown
CANON_MEC_MR3^11	001900B5	FL	1	Unknown
CANON_MEC_MR3^11	001900B6	SL	1	Unknown
CANON_MEC_MR3^11	001900B7	US	1	Unknown
CANON_MEC_MR3^11	001900B9	US	1	Unknown
CANON_MEC_MR3^11	001900BB	FL	1	Unknown
CANON_MEC_MR3^11	001900BC	SL	1	Unknown
CANON_MEC_MR3^11	001900BD	SL	1	Unknown
CANON_MEC_MR3^11	001900BE	FL	1	Unknown
CANON_MEC_MR3^11	001900BF	SL	1	Unknown
CANON_MEC_MR3^11	001900C0	SL	1	Unknown
CANON_MEC_MR3^11	001900C1	US	1	Unknown
CANON_MEC_MR3^11	001900C2	SL	1	Unknown
CANON_MEC_MR3^11	001900C3	FL	1	Unknown
CANON_MEC_MR3^11	001900C4	SL	1	Unknown
CANON_MEC_MR3^11	001900CD	SL	3	Unknown
CANON_MEC_MR3^11	001900E1	FL	1	Unknown
CANON_MEC_MR3^11	001900E3	SL	3	Unknown
CANON_MEC_MR3^11	001900E4	DS	1	Unknown
CANON_MEC_MR3^11	001900E5	SQ	1	Unknown
CANON_MEC_MR3^11	001900E6	SQ	1	Unknown
CANON_MEC_MR3^11	001900F1	SL	3	Unknown
CANON_MEC_MR3^11	001900F2	FL	3	Unknown
CANON_MEC_MR3^11	001900F3	SL	1	Unknown
CANON_MEC_MR3^11	001900F4	SL	1	Unknown
CANON_MEC_MR3^11	001900F5	SQ	1	Unknown
CANON_MEC_MR3^11	001900F6	SL	1	Unknown
CANON_MEC_MR3^11	001900F7	SL	1	Unknown
CANON_MEC_MR3^11	001900F8	SL	1	Unknown
CANON_MEC_MR3^11	001900F9	SL	1	Unknown
CANON_MEC_MR3^11	001900FA	SL	1	Unknown
CANON_MEC_MR3^11	001900FB	FL	1	Unknown
CANON_MEC_MR3^11	001900FC	FL	1	Unknown
CANON_MEC_MR3^11	001900FD	SL	1	Unknown
CANON_MEC_MR3^11	001900FE	SL	1	Unknown
CANON_MEC_MR3^11	001900FF	SL	1	Unknown
CANON_MEC_MR3^12	00190000	SL	1	Unknown
CANON_MEC_MR3^12	00190001	SL	1	Unknown
CANON_MEC_MR3^12	00190002	SL	1	Unknown
CANON_MEC_MR3^12	00190003	SL	1	Unknown
CANON_MEC_MR3^12	00190004	SL	1	Unknown
CANON_MEC_MR3^12	00190005	SH	1	Unknown
CANON_MEC_MR3^12	00190006	FL	1	Unknown
CANON_MEC_MR3^12	00190007	UL	1	Unknown
CANON_MEC_MR3^12	00190008	UL	1	Unknown
CANON_MEC_MR3^12	00190009	SL	1	Unknown
CANON_MEC_MR3^12	0019000A	SL	1	Unknown
CANON_MEC_MR3^12	0019000B	SL	1	Unknown
CANON_MEC_MR3^12	0019000C	UL	1	Unknown
CANON_MEC_MR3^12	0019000D	SQ	1	Unknown
CANON_MEC_MR3^12	0019000E	US	1	Unknown
CANON_MEC_MR3^12	00190010	SL	1	Unknown
CANON_MEC_MR3^12	00190011	SL	1	Unknown
CANON_MEC_MR3^12	00190012	SL	1	Unknown
CANON_MEC_MR3^12	00190013	FL	1	Unknown
CANON_MEC_MR3^12	00190014	FL	1	Unknown
CANON_MEC_MR3^12	00190018	UL	1	Unknown
CANON_MEC_MR3^12	00190028	DS	1	Unknown
CANON_MEC_MR3^12	0019002A	DS	3	Unknown
CANON_MEC_MR3^12	0019002B	SQ	1	Unknown
CANON_MEC_MR3^12	00190032	SH	1	Unknown
CANON_MEC_MR3^12	00190034	SL	1	Unknown
CANON_MEC_MR3^12	00190052	FL	2	Unknown
CANON_MEC_MR3^12	00190076	OB	1	Unknown
CANON_MEC_MR3^12	00190079	SQ	1	Unknown
CANON_MEC_MR3^12	00190080	FD	1	Unknown
CANON_MEC_MR3^12	00190086	LO	1	Unknown
CANON_MEC_MR3^12	00190087	SQ	1	Unknown
CANON_MEC_MR3^12	00190088	US	1	Unknown
CANON_MEC_MR3^12	00190089	SL	1	Unknown
CANON_MEC_MR3^12	0019008A	US	1	Unknown
CANON_MEC_MR3^12	0019008B	US	1	Unknown
CANON_MEC_MR3^12	00190093	SL	1	Unknown
CANON_MEC_MR3^12	00190094	UI	1	Unknown
CANON_MEC_MR3^12	00190095	UI	1	Unknown
CANON_MEC_MR3^12	00190097	FL	1	Unknown
CANON_MEC_MR3^12	00190098	FL	3	Unknown
CANON_MEC_MR3^12	00190099	LO	1	Unknown
CANON_MEC_MR3^12	0019009A	DS	1	Unknown
CANON_MEC_MR3^12	0019009B	IS	1	Unknown
CANON_MEC_MR3^12	0019009C	DS	1	Unknown
CANON_MEC_MR3^12	0019009D	US	1	Unknown
CANON_MEC_MR3^12	0019009E	FL	3	Unknown
CANON_MEC_MR3^12	0019009F	FL	1	Unknown
CANON_MEC_MR3^12	001900A0	FL	1	Unknown
CANON_MEC_MR3^12	001900A1	FL	1	Unknown
CANON_MEC_MR3^12	001900A2	FL	1	Unknown
CANON_MEC_MR3^12	001900A3	FL	1	Unknown
CANON_MEC_MR3^12	001900A4	FL	1	Unknown
CANON_MEC_MR3^12	001900A5	FL	1	Unknown
CANON_MEC_MR3^12	001900A6	FL	2-2n	Unknown
CANON_MEC_MR3^12	001900A7	FL	1	Unknown
CANON_MEC_MR3^12	001900A8	FL	1	Unknown
CANON_MEC_MR3^12	001900AA	FL	3	Unknown
CANON_MEC_MR3^12	001900AB	FL	3	Unknown
CANON_MEC_MR3^12	001900AC	FL	3	Unknown
CANON_MEC_MR3^12	001900AD	FL	3	Unknown
CANON_MEC_MR3^12	001900AE	FL	3	Unknown
CANON_MEC_MR3^12	001900AF	FL	3	Unknown
CANON_MEC_MR3^12	001900B3	FD	1	Unknown
CANON_MEC_MR3^12	001900C2	US	1	Unknown
CANON_MEC_MR3^12	001900C3	FL	1	Unknown
CANON_MEC_MR3^12	001900C4	SL	1	Unknown
CANON_MEC_MR3^12	001900C5	SL	1	Unknown
CANON_MEC_MR3^12	001900C6	SL	1	Unknown
CANON_MEC_MR3^12	001900C7	FL	1	Unknown
CANON_MEC_MR3^12	001900CD	LO	1	Unknown
CANON_MEC_MR3^12	001900CE	UL	1	Unknown
CANON_MEC_MR3^12	001900CF	FL	1	Unknown
CANON_MEC_MR3^12	001900D1	FL	3	Unknown
CANON_MEC_MR3^12	001900D2	US	3	Unknown
CANON_MEC_MR3^12	001900D3	SS	1	Unknown
CANON_MEC_MR3^12	001900D4	US	2	Unknown
CANON_MEC_MR3^12	001900D5	FL	1	Unknown
CANON_MEC_MR3^12	001900D6	FL	3	Unknown
CANON_MEC_MR3^12	001900D7	US	2	Unknown
CANON_MEC_MR3^12	001900DE	US	1	Unknown
CANON_MEC_MR3^12	001900DF	US	1	Unknown
CANON_MEC_MR3^12	001900E0	US	1	Unknown
CANON_MEC_MR3^12	001900E1	FL	3	Unknown
CANON_MEC_MR3^12	001900E2	FL	3	Unknown
CANON_MEC_MR3^12	001900E3	TM	1	Unknown
CANON_MEC_MR3^12	001900E4	US	2	Unknown
CANON_MEC_MR3^12	001900EB	US	1	Unknown
CANON_MEC_MR3^12	001900EC	US	1	Unknown
CANON_MEC_MR3^12	001900EF	DS	1	Unknown
CANON_MEC_MR3^12	001900F0	LO	1	Unknown
CANON_MEC_MR3^12	001900F1	LO	1	Unknown
CANON_MEC_MR3^12	001900FA	LT	1	Unknown
CANON_MEC_MR3^12	001900FB	FL	1	Unknown
CANON_MEC_MR3^12	001900FC	FL	1	Unknown
CANON_MEC_MR3^12	001900FD	SL	1	Unknown
CANON_MEC_MR3^12	001900FE	SL	1	Unknown
CANON_MEC_MR3^13	00190002	US	1	Unknown
CANON_MEC_MR3^13	00190003	SL	1	Unknown
CANON_MEC_MR3^13	00190004	US	1	Unknown
CANON_MEC_MR3^13	00190005	SL	1	Unknown
CANON_MEC_MR3^13	00190008	SL	1	Unknown
CANON_MEC_MR3^13	00190009	SQ	1	Unknown
CANON_MEC_MR3^13	0019000A	FD	3	Unknown
CANON_MEC_MR3^13	0019000B	FD	1	Unknown
CANON_MEC_MR3^13	0019000C	FD	1	Unknown
CANON_MEC_MR3^13	0019000F	SH	1	Unknown
CANON_MEC_MR3^13	00190014	SH	1	Unknown
CANON_MEC_MR3^13	00190019	US	1	Unknown
CANON_MEC_MR3^13	0019001B	US	1	Unknown
CANON_MEC_MR3^13	0019001F	US	1	Unknown
CANON_MEC_MR3^13	00190022	SL	1	Unknown
CANON_MEC_MR3^13	E4030000	SH	1	Unknown
CANON_MEC_MR3^13	E4030001	OB	1	Unknown
CANON_MEC_MR3^13	E4030002	OB	1	Unknown
CANON_MEC_MR3^13	E4030003	OB	1	Unknown
CARDIO-D.R. 1.0	0009xx00	UL	1	File Location
CARDIO-D.R. 1.0	0009xx01	UL	1	File Size
CARDIO-D.R. 1.0	0009xx40	SQ	1	Alternate Image Sequence
CARDIO-D.R. 1.0	0019xx00	CS	1-2	Image Blanking Shape
CARDIO-D.R. 1.0	0019xx02	IS	1	Image Blanking Left Vertical Edge
CARDIO-D.R. 1.0	0019xx04	IS	1	Image Blanking Right Vertical Edge
CARDIO-D.R. 1.0	0019xx06	IS	1	Image Blanking Upper Horizontal Edge
CARDIO-D.R. 1.0	0019xx08	IS	1	Image Blanking Lower Horizontal Edge
CARDIO-D.R. 1.0	0019xx10	IS	2	Center Of Circular Image Blanking
CARDIO-D.R. 1.0	0019xx12	IS	1	Radius Of Circular Image Blanking
CARDIO-D.R. 1.0	0019xx30	UL	1	Maximum Frame Size
CARDIO-D.R. 1.0	0021xx13	IS	1	Image Sequence Number
CARDIO-D.R. 1.0	0029xx00	SQ	1	Standard Edge Enhancement Sequence
CARDIO-D.R. 1.0	0029xx01	US	2	Convolution Kernel Size
CARDIO-D.R. 1.0	0029xx02	US	1-n	Convolution Kernel Coefficients
CARDIO-D.R. 1.0	0029xx03	FL	1	Edge Enhancement Gain
CARDIO-SMS 1.0	0009xx02	OB	1	Private Data
CARDIO-SMS 1.0	0009xx03	OB	1	Private Data
CARDIO-SMS 1.0	0009xx04	OB	1	Private Data
CARDIO-SMS 1.0	0009xx05	OB	1	Private Data
CARDIO-SMS 1.0	0009xx06	OB	1	Private Data
CARDIO-SMS 1.0	0009xx08	OB	1	ACOM flags
CARDIO-SMS 1.0	0009xx0A	UN	1	Private Data
CARDIO-SMS 1.0	0009xx0B	UN	1	Private Data
CARDIO-SMS 1.0	0009xx0C	UN	1	Private Data
CARDIO-SMS 1.0	0029xx80	SQ	1	Private Data
CARDIO-SMS 1.0	0031xx01	UN	1	Private Data stream
CEMAX-ICON	0019xx00	LT	1	CR Processing Parameters
CEMAX-ICON	0019xx10	LO	1	CR Exposure Menu Code
CEMAX-ICON	0019xx20	LO	1	CR Exposure Menu String
CEMAX-ICON	0019xx30	LO	1	CR EDR Mode
CEMAX-ICON	0019xx40	LO	1	CR Latitude
CEMAX-ICON	0019xx50	LO	1	CR Group Number
CEMAX-ICON	0019xx60	LO	1	CR Equipment ID
CEMAX-ICON	0019xx70	LO	1	CR Image Serial Number
CEMAX-ICON	0019xx80	LO	1	CR Bar Code Number
CEMAX-ICON	0019xx90	LO	1	CR Film Output Exposure
CEMAX-ICON	0029xx00	LO	1	Key Image
CEMAX-ICON	0029xx10	LT	1-n	Note
CEMAX-ICON	0029xx20	SQ	1	Annotation Sequence
CEMAX-ICON	0029xx30	IS	1	X Start Position
CEMAX-ICON	0029xx40	IS	1	Y Start Position
CEMAX-ICON	0029xx50	IS	1	X End Position
CEMAX-ICON	0029xx60	IS	1	Y End Position
CEMAX-ICON	0029xx70	LO	1	Annotation Text
CEMAX-ICON	0029xx80	IS	1	Which Marker
CEMAX-ICON	0029xx90	SQ	1	Annotation Sequence
CEMAX-ICON	0029xx91	IS	1-n	X Coordinates
CEMAX-ICON	0029xx92	IS	1-n	Y Coordinates
CEMAX-ICON	0029xx93	IS	1	Annotation Type
CEMAX-ICON	0029xx94	IS	1	Number of points
CEMAX-ICON	0029xx95	IS	1	Fill Type
CEMAX-ICON	3033xx00	CS	1	Study Priority Status
Canon Inc.	0019xx10	OB	1	Canon Internal Data 1
Canon Inc.	0019xx13	UN	1	Unknown
Canon Inc.	0019xx15	DS	2	Unknown
Canon Inc.	0019xx16	UN	1	Unknown
Canon Inc.	0019xx17	DS	1	Unknown
Canon Inc.	0019xx18	UN	1	Unknown
Canon Inc.	0019xx19	UN	1	Unknown
Canon Inc.	0019xx1A	UN	1	Unknown
Canon Inc.	0019xx1B	LO	1	Unknown
Canon Inc.	0019xx1C	IS	1	Unknown
Canon Inc.	0019xx1E	IS	1	Unknown
Canon Inc.	0019xx1F	UN	1	Unknown
Canon Inc.	0019xx21	IS	1	Unknown
Canon Inc.	0019xx60	US	1	Performed number of series
Canon Inc.	0019xx70	US	1	Performed number of images
Canon Inc.	0019xx7F	OB	1	Canon Internal Data 111
DIDI TO PCR 1.1	0019xx00	LT	1	Post Mode String
DIDI TO PCR 1.1	0019xx01	LT	1	Post Data
DIDI TO PCR 1.1	0019xx10	LT	1	Image Header
DIDI TO PCR 1.1	0019xx22	LO	1	Route AET
DIDI TO PCR 1.1	0019xx23	DS	1	PCR Print Scale
DIDI TO PCR 1.1	0019xx24	ST	1	PCR Print Job End
DIDI TO PCR 1.1	0019xx25	IS	1	PCR No Film Copies
DIDI TO PCR 1.1	0019xx26	IS	1	PCR Film Layout Position
DIDI TO PCR 1.1	0019xx27	ST	1	PCR Print Report Name
DIDI TO PCR 1.1	0019xx70	ST	1	RAD Protocol Printer
DIDI TO PCR 1.1	0019xx71	ST	1	RAD Protocol Medium
DIDI TO PCR 1.1	0019xx80	LO	1	Original Filename
DIDI TO PCR 1.1	0019xx81	SH	1	Filter Type
DIDI TO PCR 1.1	0019xx82	LT	1	Stitching
DIDI TO PCR 1.1	0019xx89	IS	1	Exposure Index
DIDI TO PCR 1.1	0019xx8A	IS	1	Collimator X
DIDI TO PCR 1.1	0019xx8B	IS	1	Collimator Y
DIDI TO PCR 1.1	0019xx8C	LO	1	Print Marker
DIDI TO PCR 1.1	0019xx8D	LO	1	RGDV Name
DIDI TO PCR 1.1	0019xx8E	LO	1	Acqd Sensitivity
DIDI TO PCR 1.1	0019xx8F	LO	1	Processing Category
DIDI TO PCR 1.1	0019xx90	LO	1	Unprocessed Flag
DIDI TO PCR 1.1	0019xx91	DS	2	Key Values
DIDI TO PCR 1.1	0019xx92	LO	1	Destination Postprocessing Function
DIDI TO PCR 1.1	0019xxA0	LO	1	Version
DIDI TO PCR 1.1	0019xxA1	LO	1	Ranging Mode
DIDI TO PCR 1.1	0019xxA2	DS	1	Abdomen Brightness
DIDI TO PCR 1.1	0019xxA3	DS	1	Fixed Brightness
DIDI TO PCR 1.1	0019xxA4	DS	1	Detail Contrast
DIDI TO PCR 1.1	0019xxA5	DA	1	Contrast Balance
DIDI TO PCR 1.1	0019xxA6	DS	1	Structure Boost
DIDI TO PCR 1.1	0019xxA7	DS	1	Structure Preference
DIDI TO PCR 1.1	0019xxA8	DS	1	Noise Robustness
DIDI TO PCR 1.1	0019xxA9	DS	1	Noise Dose Limit
DIDI TO PCR 1.1	0019xxAA	DS	1	Noise Dose Step
DIDI TO PCR 1.1	0019xxAB	DS	1	Noise Frequency Limit
DIDI TO PCR 1.1	0019xxAC	DS	1	Weak Contrast Limit
DIDI TO PCR 1.1	0019xxAD	DS	1	Strong Contrast Limit
DIDI TO PCR 1.1	0019xxAE	DS	1	Structure Boost Offset
DIDI TO PCR 1.1	0019xxAF	LO	1	Smooth Gain
DIDI TO PCR 1.1	0019xxB0	LO	1	Measure Field 1
DIDI TO PCR 1.1	0019xxB1	LO	1	Measure Field 2
DIDI TO PCR 1.1	0019xxB2	IS	1	Key Percentile 1
DIDI TO PCR 1.1	0019xxB3	IS	1	Key Percentile 2
DIDI TO PCR 1.1	0019xxB4	IS	1	Density LUT
DIDI TO PCR 1.1	0019xxB5	DS	1	Brightness
DIDI TO PCR 1.1	0019xxB6	DS	1	Gamma
DIDI TO PCR 1.1	0089xx10	SQ	1	Stamp Image Sequence
DIGISCAN IMAGE	0029xx31	US	1-n	Unknown
DIGISCAN IMAGE	0029xx32	US	1-n	Unknown
DIGISCAN IMAGE	0029xx33	LO	1	Unknown
DIGISCAN IMAGE	0029xx34	LO	1	Unknown
DLX_ANNOT_01	70xxxx04	ST	1	Text_annotation
DLX_ANNOT_01	70xxxx05	IS	2	Box
DLX_ANNOT_01	70xxxx07	IS	2	Arrow end
DLX_EXAMS_01	0015xx01	DS	1	Stenos_calibr_ratio;
DLX_EXAMS_01	0015xx02	DS	1	Stenos_magnification;
DLX_EXAMS_01	0015xx03	DS	1	Cardiac_calibr_ratio;
DLX_LKUP_01	60xxxx01	LT	3	Gray Palette color lookup table descriptor
DLX_LKUP_01	60xxxx02	LT	1	Gray Palette color lookup table data
DLX_PATNT_01	0011xx01	LT	1	patient DOB
DLX_SERIE_01	0019xx01	DS	1	Angle Value 1
DLX_SERIE_01	0019xx02	DS	1	Angle Value 2
DLX_SERIE_01	0019xx03	DS	1	Angle Value 3
DLX_SERIE_01	0019xx04	CS	1	Angle Label 1
DLX_SERIE_01	0019xx05	CS	1	Angle Label 2
DLX_SERIE_01	0019xx06	CS	1	Angle Label 3
DLX_SERIE_01	0019xx07	ST	1	Adx Procedure Name
DLX_SERIE_01	0019xx08	ST	1	Adx Exam Name
DLX_SERIE_01	0019xx09	SH	1	Adx Patient Size
DLX_SERIE_01	0019xx0A	IS	1	Adx Record View
DLX_SERIE_01	0019xx10	DS	1	Adx Injector Delay
DLX_SERIE_01	0019xx11	CS	1	Adx Auto Inject
DLX_SERIE_01	0019xx14	IS	1	Adx Acq Mode
DLX_SERIE_01	0019xx15	CS	1	Adx Camera Rotation Enable
DLX_SERIE_01	0019xx16	CS	1	Adx Reverse Sweep
DLX_SERIE_01	0019xx17	IS	1	User Spatial Filter Strength
DLX_SERIE_01	0019xx18	IS	1	User Zoom Factor
DLX_SERIE_01	0019xx19	IS	1	X Zoom
DLX_SERIE_01	0019xx1A	IS	1	Y Zoom
DLX_SERIE_01	0019xx1B	DS	1	Adx Focus
DLX_SERIE_01	0019xx1C	CS	1	Adx Dose
DLX_SERIE_01	0019xx1D	IS	1	Side Mark
DLX_SERIE_01	0019xx1E	IS	1	Percent Landscape
DLX_SERIE_01	0019xx1F	DS	1	Adx Exposure Duration
DLX_SERIE_01	0019xx20	SH	1	Ip Address
DLX_SERIE_01	0019xx21	DS	1	Table Vertical Position
DLX_SERIE_01	0019xx22	DS	1	Table Longitudinal Position
DLX_SERIE_01	0019xx23	DS	1	Table Lateral Position
DLX_SERIE_01	0019xx24	DS	1	Lambda cm Pincushion Distortion
DLX_SERIE_01	0019xx25	DS	1	Slope LV Regression
DLX_SERIE_01	0019xx26	DS	1	Intercept LV Regression
DLX_SERIE_01	0019xx27	DS	1	Image chain FWHM psf mm min
DLX_SERIE_01	0019xx28	DS	1	Image chain FWHM psf mm max
DL_INTERNAL_USE	0015xx8F	IS	1	Unknown
DR Systems, Inc.	4453xx01	LO	1	DR Exam ID
DR Systems, Inc.	4453xx02	LO	1	DR Image Type
DR Systems, Inc.	4453xx04	LO	1	DR File Type
DR Systems, Inc.	4453xx05	LO	1	DR File Suffix
DR Systems, Inc.	4453xx0A	UN	1	DR Annotation Type
DR Systems, Inc.	4453xx0C	SQ	1	DR Original Instance UID Sequence
DicomUtils 20100512	00090001	SQ	1	DICOMUTILS_PROCESSING_METHODS
ELGEMS_XPERT	7FA1xx00	OB	1	XPert Composite Report Item buffer
ELGEMS_XPERT	7FA1xx10	OB	1	Xpert Composite Report Item Identificator
ELSCINT1	0003xx01	OW	1	Offset List Structure
ELSCINT1	00E10046	OB	1	Unknown
ELSCINT1	00E100E1	UN	1	Unknown
ELSCINT1	00E100EC	UN	1	Unknown
ELSCINT1	00E11021	DS	1	DLP
ELSCINT1	00E11037	DS	1	Total Saving Dose
ELSCINT1	00E1103E	IS	1	Split Is Dual Surview
ELSCINT1	00E11050	DS	1	Acquisition Duration
ELSCINT1	00E110C4	DS	1	Abs Bed Pos
ELSCINT1	00E1xx01	US	1	Data Dictionary Version
ELSCINT1	00E1xx05	IS	1	Unknown
ELSCINT1	00E1xx06	IS	1	Unknown
ELSCINT1	00E1xx07	IS	1	Unknown
ELSCINT1	00E1xx14	CS	1	Unknown
ELSCINT1	00E1xx18	OB	1	Unknown
ELSCINT1	00E1xx21	DS	1	Unknown
ELSCINT1	00E1xx22	DS	2	Presentation Relative Center
ELSCINT1	00E1xx23	DS	2	Presentation Relative Part
ELSCINT1	00E1xx24	CS	1	Presentation Horizontal Invert
ELSCINT1	00E1xx25	CS	1	Unknown
ELSCINT1	00E1xx2A	DS	1	Unknown
ELSCINT1	00E1xx30	UI	1	Unknown
ELSCINT1	00E1xx31	CS	1	Unknown
ELSCINT1	00E1xx32	US	2	Unknown
ELSCINT1	00E1xx37	DS	1	Unknown
ELSCINT1	00E1xx39	SQ	1	Unknown
ELSCINT1	00E1xx3F	CS	1	Unknown
ELSCINT1	00E1xx40	SH	1	Image Label
ELSCINT1	00E1xx41	DS	1	Unknown
ELSCINT1	00E1xx42	LO	1	Unknown
ELSCINT1	00E1xx43	IS	1	Unknown
ELSCINT1	00E1xx50	DS	1	Acquisition Duration
ELSCINT1	00E1xx51	SH	1	Unknown
ELSCINT1	00E1xx60	CS	1	Unknown
ELSCINT1	00E1xx61	LO	1	Protocol File Name
ELSCINT1	00E1xx62	CS	1	Unknown
ELSCINT1	00E1xx63	SH	1	Patient Language
ELSCINT1	00E1xx65	LO	1	Patient Data Modification Date
ELSCINT1	00E1xx6A	IS	1	Unknown
ELSCINT1	00E1xx6B	IS	1	Unknown
ELSCINT1	00E1xxA0	LO	1	Unknown
ELSCINT1	00E1xxC2	UI	1	Unknown
ELSCINT1	00E3xx00	OB	1	Unknown
ELSCINT1	00E3xx18	OB	1	Unknown
ELSCINT1	00E3xx1F	OB	1	Unknown
ELSCINT1	01E10040	UN	1	Unknown
ELSCINT1	01E11017	UI	1	ECG Reference UID
ELSCINT1	01E11026	CS	1	Phantom Type
ELSCINT1	01E1xx18	OB	1	Unknown
ELSCINT1	01E1xx21	ST	1	Unknown
ELSCINT1	01E1xx34	IS	1	Unknown
ELSCINT1	01F1000F	UN	1	Unknown
ELSCINT1	01F11001	CS	1	Acquisition Type
ELSCINT1	01F11002	CS	1	Resolution
ELSCINT1	01F11004	CS	1	Angular Sampling
ELSCINT1	01F11008	DS	1	Scan Length
ELSCINT1	01F1100C	DS	1	Scanner Relative Center
ELSCINT1	01F1100E	FL	1	Recon Enhancement
ELSCINT1	01F11026	FD	1	Pitch
ELSCINT1	01F11027	DS	1	Rotation Time
ELSCINT1	01F11028	DS	1	Table Increment
ELSCINT1	01F11032	CS	1	View Convention
ELSCINT1	01F11033	DS	1	Cycle Time
ELSCINT1	01F11041	LO	1	Gating Delay
ELSCINT1	01F11045	IS	1	Initial Heart Rate
ELSCINT1	01F11049	DS	1	Planned mAs
ELSCINT1	01F1104B	SH	1	Collimation
ELSCINT1	01F1104C	SH	1	DOSE Right DOM
ELSCINT1	01F1104D	SH	1	Adaptive Filter
ELSCINT1	01F1104E	SH	1	Scan Type
ELSCINT1	01F1xx01	CS	1	Acquisition Type
ELSCINT1	01F1xx02	CS	1	Unknown
ELSCINT1	01F1xx03	CS	1	Concurrent Slices Generation
ELSCINT1	01F1xx04	CS	1	Angular Sampling Density
ELSCINT1	01F1xx05	DS	1	Reconstruction Arc
ELSCINT1	01F1xx06	DS	1	Unknown
ELSCINT1	01F1xx07	DS	1	Table Velocity
ELSCINT1	01F1xx08	DS	1	Acquisition Length
ELSCINT1	01F1xx0A	US	1	Edge Enhancement Weight
ELSCINT1	01F1xx0B	CS	2	Unknown
ELSCINT1	01F1xx0C	DS	2	Scanner Relative Center
ELSCINT1	01F1xx0D	DS	1	Rotation Angle
ELSCINT1	01F1xx0E	FL	1	Unknown
ELSCINT1	01F1xx26	DS	1	Pitch
ELSCINT1	01F1xx27	DS	1	Rotation Time
ELSCINT1	01F1xx28	DS	1	Unknown
ELSCINT1	01F1xx30	US	1	Unknown
ELSCINT1	01F1xx32	CS	1	Image View Convention
ELSCINT1	01F1xx33	DS	1	Unknown
ELSCINT1	01F1xx36	CS	1	Unknown
ELSCINT1	01F1xx37	DS	1	Unknown
ELSCINT1	01F1xx38	LO	1	Unknown
ELSCINT1	01F1xx39	LO	1	Unknown
ELSCINT1	01F1xx40	CS	1	Unknown
ELSCINT1	01F1xx42	SH	1	Unknown
ELSCINT1	01F1xx43	LO	1	Unknown
ELSCINT1	01F1xx44	OW	1	Unknown
ELSCINT1	01F1xx45	IS	1	Unknown
ELSCINT1	01F1xx46	FL	1	Unknown
ELSCINT1	01F1xx47	SH	1	Unknown
ELSCINT1	01F1xx49	DS	1	Unknown
ELSCINT1	01F1xx4A	SH	1	Unknown
ELSCINT1	01F1xx4B	SH	1	Unknown
ELSCINT1	01F1xx4C	SH	1	Unknown
ELSCINT1	01F1xx4D	SH	1	Unknown
ELSCINT1	01F1xx4E	LO	1	Unknown
ELSCINT1	01F1xx53	SH	1	Unknown
ELSCINT1	01F3xx01	SQ	1	Unknown
ELSCINT1	01F3xx02	SS	1	Unknown
ELSCINT1	01F3xx03	FL	2	Unknown
ELSCINT1	01F3xx04	FL	1	Unknown
ELSCINT1	01F3xx11	SQ	1	PS Sequence
ELSCINT1	01F3xx12	SS	1	Unknown
ELSCINT1	01F3xx13	FL	2	Unknown
ELSCINT1	01F3xx14	FL	1	Unknown
ELSCINT1	01F3xx15	US	1	Unknown
ELSCINT1	01F3xx16	FL	1	Unknown
ELSCINT1	01F3xx17	FL	1	Unknown
ELSCINT1	01F3xx18	SH	1	Unknown
ELSCINT1	01F3xx19	FL	1	Unknown
ELSCINT1	01F3xx23	US	1	Unknown
ELSCINT1	01F3xx24	IS	2	Unknown
ELSCINT1	01F70097	UN	1	Unknown
ELSCINT1	01F70099	UN	1	Unknown
ELSCINT1	01F7009B	IS	1	iDose Level
ELSCINT1	01F7109B	IS	1	iDose Level
ELSCINT1	01F7xx10	OB	1	Unknown
ELSCINT1	01F7xx11	OW	1	Unknown
ELSCINT1	01F7xx13	OW	1	Unknown
ELSCINT1	01F7xx14	OW	1	Unknown
ELSCINT1	01F7xx15	OW	1	Unknown
ELSCINT1	01F7xx16	OW	1	Unknown
ELSCINT1	01F7xx17	OW	1	Unknown
ELSCINT1	01F7xx18	OW	1	Unknown
ELSCINT1	01F7xx19	OW	1	Unknown
ELSCINT1	01F7xx1A	OW	1	Unknown
ELSCINT1	01F7xx1B	OW	1	Unknown
ELSCINT1	01F7xx1C	OW	1	Unknown
ELSCINT1	01F7xx1E	OW	1	Unknown
ELSCINT1	01F7xx1F	OW	1	Unknown
ELSCINT1	01F7xx22	UI	1	Unknown
ELSCINT1	01F7xx23	OW	1	Unknown
ELSCINT1	01F7xx25	OW	1	Unknown
ELSCINT1	01F7xx26	OW	1	Unknown
ELSCINT1	01F7xx27	OW	1	Unknown
ELSCINT1	01F7xx28	OW	1	Unknown
ELSCINT1	01F7xx29	OW	1	Unknown
ELSCINT1	01F7xx2B	OW	1	Unknown
ELSCINT1	01F7xx2C	OW	1	Unknown
ELSCINT1	01F7xx2D	OW	1	Unknown
ELSCINT1	01F7xx2E	OW	1	Unknown
ELSCINT1	01F7xx30	OW	1	Unknown
ELSCINT1	01F7xx31	OW	1	Unknown
ELSCINT1	01F7xx70	OW	1	Unknown
ELSCINT1	01F7xx73	OW	1	Unknown
ELSCINT1	01F7xx74	OW	1	Unknown
ELSCINT1	01F7xx75	OW	1	Unknown
ELSCINT1	01F91001	LO	1	Mar Filter
ELSCINT1	01F91002	DS	1	Recon Increment
ELSCINT1	01F91003	DS	1	CTDIw
ELSCINT1	01F91004	IS	1	Couch Direction
ELSCINT1	01F91005	IS	1	Series No In Acquisition
ELSCINT1	01F91007	SH	1	Dose Right ACS
ELSCINT1	01F91008	DS	1	Left DMS Tmp Diff
ELSCINT1	01F91009	DS	1	Right DMS Tmp Diff
ELSCINT1	01F91010	LO	1	Dose Right Noise
ELSCINT1	01F91011	DS	1	Zero Position
ELSCINT1	01F91012	DS	1	Show Couch Position
ELSCINT1	01F91013	IS	1	Recon Mode
ELSCINT1	01F91014	DS	1	Water Size
ELSCINT1	01F91015	DS	1	Digital Tilt
ELSCINT1	01F91016	DS	1	Scan Arc
ELSCINT1	0601xx00	SH	1	Implementation Version
ELSCINT1	0601xx20	DS	1	Relative Table Position
ELSCINT1	0601xx21	DS	1	Relative Table Height
ELSCINT1	0601xx30	SH	1	Surview Direction
ELSCINT1	0601xx31	DS	1	Surview Length
ELSCINT1	0601xx50	SH	1	Image View Type
ELSCINT1	0601xx70	DS	1	Batch Number
ELSCINT1	0601xx71	DS	1	Batch Size
ELSCINT1	0601xx72	DS	1	Batch Slice Number
ELSCINT1	07A1xx01	UL	1	number of series in study
ELSCINT1	07A1xx02	UL	1	number of images in series
ELSCINT1	07A1xx03	UL	1	last update time
ELSCINT1	07A1xx04	UL	1	last update date
ELSCINT1	07A1xx07	US	3	Unknown
ELSCINT1	07A1xx08	DS	1-n	Unknown
ELSCINT1	07A1xx09	OW	1	Unknown
ELSCINT1	07A1xx0A	OB	1	Tamar Compressed Pixel Data
ELSCINT1	07A1xx0C	US	1	Unknown
ELSCINT1	07A1xx10	LO	1	Tamar Software Version
ELSCINT1	07A1xx11	CS	1	Tamar Compression Type
ELSCINT1	07A1xx12	FL	1-n	Unknown
ELSCINT1	07A1xx13	UL	1	Unknown
ELSCINT1	07A1xx14	LO	1	protection flag
ELSCINT1	07A1xx16	FL	1-n	Unknown
ELSCINT1	07A1xx18	SQ	1	Unknown
ELSCINT1	07A1xx19	FL	1	Unknown
ELSCINT1	07A1xx1C	FL	1-n	Unknown
ELSCINT1	07A1xx2A	CS	1	Tamar Study Status
ELSCINT1	07A1xx2B	CS	1	Unknown
ELSCINT1	07A1xx36	AE	1	Tamar Source Ae
ELSCINT1	07A1xx40	CS	1	Tamar Study Body Part
ELSCINT1	07A1xx43	IS	1	Unknown
ELSCINT1	07A1xx50	US	1	Tamar Site Id
ELSCINT1	07A1xx56	US	1	Unknown
ELSCINT1	07A1xx5A	CS	1	Unknown
ELSCINT1	07A1xx75	LO	2	Unknown
ELSCINT1	07A1xx85	UL	1	Tamar Translate Flags
ELSCINT1	07A1xx9F	CS	1	Unknown
ELSCINT1	07A3xx01	LO	1	Tamar Exe Software Version
ELSCINT1	07A3xx03	CS	1	Tamar Study Has Sticky Note
ELSCINT1	07A3xx05	CS	1	Unknown
ELSCINT1	07A3xx06	CS	1	Unknown
ELSCINT1	07A3xx10	LO	1	Tamar Original Curve Desc
ELSCINT1	07A3xx34	SH	1	Tamar Study Age
ELSCINT1	07A3xx43	DS	1-n	Unknown
ELSCINT1	07A3xx55	SH	1	Unknown
ELSCINT1	07A3xx61	LT	1	Unknown
ELSCINT1	07A3xx62	SQ	1	Unknown
ELSCINT1	07A3xx63	SQ	1	Unknown
ELSCINT1	07A3xx64	IS	1-n	Unknown
ELSCINT1	07A3xx66	IS	1	Unknown
ELSCINT1	07A3xx99	CS	1	Unknown
ELSCINT1	07A3xx9C	CS	1	Unknown
ELSCINT1	07A3xx9F	CS	1	Unknown
ELSCINT1	5001xx70	SQ	1	Unknown
ELSCINT1	5001xx71	SH	1	Unknown
ELSCINT1	5001xx80	SQ	1	Unknown
ELSCINT1	5001xx81	SH	1	Unknown
ELSCINT1	5001xx82	US	3	Unknown
ELSCINT1	5001xx83	FL	1-n	Unknown
ELSCINT1	5001xx84	SQ	1	Unknown
ELSCINT1	6001xx10	CS	1	Text Overlay Flag
ELSCINT1	7FDFxxF0	OB	1	Unknown
ELSCINT1	7FDFxxFF	SH	1	Unknown
EMAGEON JPEG2K INFO	0009xx00	SQ	1	Unknown
EMAGEON JPEG2K INFO	0009xx01	DT	1	Unknown
EMAGEON STUDY HOME	0009xx00	LO	1	Unknown
EMAGEON STUDY HOME	0009xx01	LO	1	Unknown
Eclipse 60	0029xx30	UL	1	Private data
Eclipse 60	0029xx31	UL	1	Private data
Eclipse 60	0029xx32	UL	1	Private data
Eclipse 60	0029xx33	DS	1	Private data
Eclipse 60	0029xx34	DS	1	Private data
Eclipse 60	0029xx36	SL	1	Private data
Eclipse 60	0029xx40	CS	1	Private data
Eclipse 60	0029xx50	CS	1	Private data
Eclipse 60	0029xx51	UL	1	Private data
Eclipse 60	0029xx52	UL	1	Private data
Eclipse 60	0029xx53	DS	1	Private data
Eclipse 60	0029xx54	UL	1	Private data
Eclipse 60	0029xx55	FL	1	Private data
Eclipse 60	0029xx56	US	1	Private data
Eclipse 60	0029xx60	LO	1	Private data
Eclipse 60	0031xx30	UL	1	Private data
Eclipse 60	0031xx31	UL	1	Private data
Eclipse 60	0031xx32	LO	1	Private data
Eclipse 60	0031xx33	UL	1	Private data
Eclipse 60	0031xx34	UL	1	Private data
Eclipse 60	0031xx35	UL	1	Private data
Eclipse 60	200Dxx01	LO	1	Private data
Eclipse 60	200Dxx02	LO	1	Private data
Eclipse 60	200Dxx03	LO	1	Private data
Eclipse 60	200Dxx04	LO	1	Private data
Eclipse 60	200Dxx05	LO	1	Private data
Eclipse 60	200Dxx06	LO	1	Private data
Eclipse 60	200Dxx07	LO	1	Private data
Eclipse 60	200Dxx08	LO	1	Private data
Eclipse 60	200Dxx09	LO	1	Private data
Eclipse 60	200Dxx0A	IS	1	Private data
Eclipse 60	200Dxx0B	OB	1	Private data
Eclipse 60	200Dxx0C	IS	1	Private data
Eclipse 60	200Dxx0D	UL	1	Private data
Eclipse 60	200Dxx0E	IS	1	Private data
Eclipse 60	200Dxx0F	IS	1	Private data
Eclipse 60	200Dxx10	IS	1	Private data
Eclipse 60	200Dxx11	IS	1	Private data
Eclipse 60	200Dxx12	OB	1	Private data
Eclipse 60	200Dxx13	IS	1	Private data
Eclipse 60	200Dxx14	IS	1	Private data
Eclipse 60	200Dxx15	IS	1	Private data
Eclipse 60	200Dxx1A	IS	1	Private data
Eclipse 60	200Dxx1B	IS	1	Private data
Eclipse 60	200Dxx20	SQ	1	Private data
Eclipse 60	200Dxx27	FD	1	Private data
Eclipse 60	200Dxx28	FD	1	Private data
Eclipse 60	200Dxx30	LO	1	Private data
Eclipse 60	200Dxx31	LO	1	Private data
Eclipse 60	200Dxx32	LO	1	Private data
Eclipse 60	200Dxx33	LO	1	Private data
Eclipse 60	200Dxx34	LO	1	Private data
Eclipse 60	200Dxx35	LO	1	Private data
Eclipse 60	200Dxx36	LO	1	Private data
Eclipse 60	200Dxx37	LO	1	Private data
Eclipse 60	200Dxx38	LO	1	Private data
Eclipse 60	200Dxx39	LO	1	Private data
Eclipse 60	200Dxx3A	LO	1	Private data
Eclipse 60	200Dxx50	CS	1	Private data
Eclipse 60	200Dxx51	CS	1	Private data
Eclipse 60	200Dxx52	FD	1	Private data
Eclipse 60	200Dxx53	CS	1	Private data
Eclipse 60	200Dxx54	CS	1	Private data
Eclipse 60	200Dxx55	FD	1	Private data
Eclipse 60	200Dxx56	FD	1	Private data
Eclipse 60	200Dxx57	FD	1	Private data
Eclipse 60	200Dxx58	IS	1	Private data
Eclipse 60	200Dxx59	FD	1	Private data
Eclipse 60	200Dxx5A	FD	1	Private data
Eclipse 60	200Dxx5D	CS	1	Private data
Eclipse 60	200Dxx5E	CS	1	Private data
Eclipse 60	200DxxFF	IS	1	Private data
Eclipse 60	7777xx01	DA	1	Private data
Eclipse 60	7777xx02	CS	1	Private data
Eclipse 60	7777xx03	LO	1	Private data
Eclipse 60	7777xx10	LO	1	Private data
Eclipse 60	7777xx14	LT	1	Private data
FDMS 1.0	0009xx04	SH	1	Image Control Unit
FDMS 1.0	0009xx05	OW	1	Image UID
FDMS 1.0	0009xx06	OW	1	Route Image UID
FDMS 1.0	0009xx08	UL	1	Image Display Information Version No.
FDMS 1.0	0009xx09	UL	1	Patient Information Version No.
FDMS 1.0	0009xx0C	OW	1	Film UID
FDMS 1.0	0009xx10	CS	1	Exposure Unit Type Code
FDMS 1.0	0009xx80	LO	1	Kanji Hospital Name
FDMS 1.0	0009xx90	ST	1	Distribution Code
FDMS 1.0	0009xx92	SH	1	Kanji Department Name
FDMS 1.0	0009xxF0	CS	1	Blackening Process Flag
FDMS 1.0	0009xxF1	ST	1	Processing Information Flag
FDMS 1.0	0019xx15	LO	1	Kanji Body Part for Exposure
FDMS 1.0	0019xx30	LO	1	Menu Character String
FDMS 1.0	0019xx32	LO	1	Kanji Menu Name
FDMS 1.0	0019xx40	CS	1	Image Processing Type
FDMS 1.0	0019xx50	CS	1	EDR Mode
FDMS 1.0	0019xx60	SH	1	Radiographer's Code
FDMS 1.0	0019xx70	IS	1	Split Exposure Format
FDMS 1.0	0019xx71	IS	1	No. of Split Exposure Frames
FDMS 1.0	0019xx80	IS	1	Reading Position Specification
FDMS 1.0	0019xx81	IS	1	Reading Sensitivity Center
FDMS 1.0	0019xx90	SH	1	Film Annotation Character String 1
FDMS 1.0	0019xx91	SH	1	Film Annotation Character String 2
FDMS 1.0	0019xxA0	SQ	1	Exposure Status Sequence
FDMS 1.0	0019xxA1	CS	1	Exposure Status
FDMS 1.0	0019xxA2	CS	1	Exposure Kind
FDMS 1.0	0021xx10	CS	1	FCR Image ID
FDMS 1.0	0021xx30	CS	1	Set No.
FDMS 1.0	0021xx40	IS	1	Image No. in the Set
FDMS 1.0	0021xx50	CS	1	Pair Processing Information
FDMS 1.0	0021xx70	IS	1	Film Number within the Series
FDMS 1.0	0021xx80	OB	1	Equipment Type-Specific Information
FDMS 1.0	0021xx90	CS	1	LUT Number
FDMS 1.0	0023xx10	SQ	1	Left-image Processing Parameter Sequence
FDMS 1.0	0023xx20	SQ	1	Right-image Processing Parameter Sequence
FDMS 1.0	0023xx30	SQ	1	Single-image Processing Parameter Sequence
FDMS 1.0	0025xx10	US	1	Relative Light Emission Amount Sk
FDMS 1.0	0025xx11	US	1	Term of Correction for Each IP Type St
FDMS 1.0	0025xx12	US	1	Reading Gain Gp
FDMS 1.0	0025xx13	US	1	Latitude
FDMS 1.0	0025xx15	CS	1	Image Processing Selection Flag
FDMS 1.0	0025xx16	US	1	Min
FDMS 1.0	0025xx17	US	1	Max
FDMS 1.0	0025xx20	US	2	Sensitivity Shift (S-SHFT)
FDMS 1.0	0025xx21	US	1	Contrast Shift (C-SHIFT)
FDMS 1.0	0025xx30	US	1	GT
FDMS 1.0	0025xx31	SS	1	GA
FDMS 1.0	0025xx32	US	1	GC
FDMS 1.0	0025xx33	SS	1	GS
FDMS 1.0	0025xx34	SS	1	tan θ
FDMS 1.0	0025xx40	US	1	RT
FDMS 1.0	0025xx41	US	1	RN
FDMS 1.0	0025xx42	US	1	RE
FDMS 1.0	0025xx43	US	1	N
FDMS 1.0	0025xx50	US	1	DRT
FDMS 1.0	0025xx51	US	1	DRN
FDMS 1.0	0025xx52	US	1	DRE
FDMS 1.0	0025xx53	US	1	DN
FDMS 1.0	0025xx60	US	1	ORN
FDMS 1.0	0025xx61	US	1	ORE
FDMS 1.0	0025xx62	US	1	ON
FDMS 1.0	0025xx63	CS	1	ORD
FDMS 1.0	0025xx70	US	1	MDT
FDMS 1.0	0025xx71	US	1	MDB
FDMS 1.0	0025xx72	US	1	MDE
FDMS 1.0	0025xx73	US	1-n	MFP-DRC Suppression Characteristics Parameters
FDMS 1.0	0025xx74	US	1-n	MFP-DRC Frequency Characteristics Parameters
FDMS 1.0	0025xx80	US	1	MRT
FDMS 1.0	0025xx81	US	1	MRB
FDMS 1.0	0025xx82	US	1	MRE
FDMS 1.0	0025xx83	US	1-n	MFP-USM Suppression Characteristics Parameters
FDMS 1.0	0025xx84	US	1-n	MFP-USM Frequency Characteristics Parameters
FDMS 1.0	0025xx90	US	1	PTE (α edge)
FDMS 1.0	0025xx91	US	1	PTR (α calc)
FDMS 1.0	0025xx92	US	1	PRN
FDMS 1.0	0025xx93	US	1	PRE
FDMS 1.0	0025xx94	US	1	PEM Sstd
FDMS 1.0	0025xx95	US	1	PEM Lstd
FDMS 1.0	0025xx96	CS	1	PEM Unsharp Mask Value N
FDMS 1.0	0025xxA0	US	1	MFP GT
FDMS 1.0	0025xxA1	SS	1	MFP GA
FDMS 1.0	0025xxA2	US	1	MFP GC
FDMS 1.0	0025xxA3	SS	1	MFP GS
FDMS 1.0	0027xx10	SQ	1	γ Raw Data Table Sequence
FDMS 1.0	0027xx20	SQ	1	β Raw Data Table Sequence
FDMS 1.0	0027xx30	SQ	1	DRC Raw Data Table Sequence
FDMS 1.0	0027xx40	SQ	1	MFP-DRC Raw Data Table Sequence
FDMS 1.0	0027xx50	SQ	1	MFP-USM Raw Data Table Sequence
FDMS 1.0	0027xx60	SQ	1	PEM α Edge Raw Data Table Sequence
FDMS 1.0	0027xx70	SQ	1	PEM α Calc Raw Data Table Sequence
FDMS 1.0	0027xx80	SQ	1	MFP γ Raw Data Table Sequence
FDMS 1.0	0027xxA0	IS	1	No. of Data
FDMS 1.0	0027xxA1	CS	2	Data Input Type
FDMS 1.0	0027xxA2	CS	2	Data Output Type
FDMS 1.0	0027xxA3	US or SS	1-n	Raw Data
FDMS 1.0	0029xx20	CS	1	Image Scanning Direction
FDMS 1.0	0029xx25	CS	1	Image Rotation/Reversal Information
FDMS 1.0	0029xx30	CS	1	Extended Reading Size Value
FDMS 1.0	0029xx34	US	1	Mag./Reduc. Ratio
FDMS 1.0	0029xx44	CS	1	Line Density Code
FDMS 1.0	0029xx50	CS	1	Data Compression Code
FDMS 1.0	0032xx32	PN	1	Requesting Physician
FDMS 1.0	0032xx33	LO	1	Requesting Service
FDMS 1.0	2011xx00	CS	1	Trim Density
FDMS 1.0	2011xx01	IS	1	Trim Width
FDMS 1.0	2011xx02	CS	1	Image Mag./Reduc. Range
FDMS 1.0	2011xx10	CS	1	Image Display Format
FDMS 1.0	2011xx11	CS	1	Image Position Specifying Flag
FDMS 1.0	2011xx20	OW	1	Interpolation A-VRS System Format
FDMS 1.0	50F1xx06	CS	1	Energy Subtraction Param.
FDMS 1.0	50F1xx07	CS	1	Subtraction Registration Result
FDMS 1.0	50F1xx08	CS	1	Energy Subtraction Param. 2
FDMS 1.0	50F1xx09	SL	1	Afin Conversion Coefficient
FDMS 1.0	50F1xx0A	SH	1	FNC Parameters
FDMS 1.0	50F1xx10	CS	1	Film Output Format
FDMS 1.0	50F1xx20	CS	1	Image Processing Modification Flag
FFP DATA	0009xx01	UN	1	CR Header Information
GDCM CONFORMANCE TESTS	4D4Dxx01	SQ	1	Array Container Sequence
GDCM CONFORMANCE TESTS	4D4Dxx02	OB	1	0-Filled Array
GE ??? From Adantage Review CS	0019xx30	LO	1	CR EDR Mode
GE ??? From Adantage Review CS	0019xx40	LO	1	CR Latitude
GE ??? From Adantage Review CS	0019xx50	LO	1	CR Group Number
GE ??? From Adantage Review CS	0019xx70	LO	1	CR Image Serial Number
GE ??? From Adantage Review CS	0019xx80	LO	1	CR Bar Code Number
GE ??? From Adantage Review CS	0019xx90	LO	1	CR Film Output Exposures
GE LUT Asymmetry Parameter	0045xx67	DS	1	LUT Asymmetry
GEHC_CT_ADVAPP_001	0053xx20	IS	1	ShuttleFlag
GEHC_CT_ADVAPP_001	0053xx21	IS	1	TableSpeedNotReachesTargetFlag
GEHC_CT_ADVAPP_001	0053xx40	SH	1	IterativeReconAnnotation
GEHC_CT_ADVAPP_001	0053xx41	SH	1	IterativeReconMode
GEHC_CT_ADVAPP_001	0053xx42	LO	1	IterativeReconConfiguration
GEHC_CT_ADVAPP_001	0053xx43	SH	1	IterativeReconLevel
GEHC_CT_ADVAPP_001	0053xx60	SH	1	reconFlipRotateAnno
GEHC_CT_ADVAPP_001	0053xx61	SH	1	highResolutionFlag
GEHC_CT_ADVAPP_001	0053xx62	SH	1	RespiratoryFlag
GEIIS	0009xx10	SQ	1	GE IIS Thumbnail Sequence
GEIIS	0009xx12	IS	1	Unknown
GEIIS	0029xx10	UL	1	Shift Count
GEIIS	0029xx12	UL	1	Offset
GEIIS	0029xx14	UL	1	Actual Frame Number
GEIIS	004Bxx13	IS	1	Unknown
GEIIS	004Bxx15	LT	1	Unknown
GEIIS	0905xx30	LO	1	Assigning Authority For Patient ID
GEIIS	0907xx10	UI	1	Original Study Instance UID
GEIIS	0907xx20	UI	1	Original Series Instance UID
GEIIS	0907xx30	UI	1	Original SOP Instance UID
GEIIS	7FD1xx10	UL	1	GE IIS Compression ID
GEIIS	7FD1xx20	UL	1	GE IIS Multiframe Offsets
GEIIS	7FD1xx30	UL	1	Unknown
GEIIS	7FD1xx40	UL	1-n	Unknown
GEIIS	7FD1xx50	UL	1-n	Unknown
GEIIS	7FD1xx60	UL	1-n	Unknown
GEIIS PACS	0903xx10	US	1	Reject Image Flag
GEIIS PACS	0903xx11	US	1	Significant Flag
GEIIS PACS	0903xx12	US	1	Confidential Flag
GEIIS PACS	0903xx20	CS	1	Unknown
GEIIS PACS	0907xx21	US	1	GEIIS_PREFETCH_ALGORITHM
GEIIS PACS	0907xx22	US	1	GEIIS_LIMIT_RECENT_STUDIES
GEIIS PACS	0907xx23	US	1	GEIIS_LIMIT_OLDEST_STUDIES
GEIIS PACS	0907xx24	US	1	GEIIS_LIMIT_RECENT_MONTHS
GEIIS PACS	0907xx31	UI	1-n	GEIIS_EXCLUDE_STUDY_UIDS
GEMS-IT/Centricity RA600/7.0	4113xx10	UI	1	Number of images in study
GEMS_0039	0039xx95	LO	1	Unknown
GEMS_3DSTATE_001	0047xxD6	ST	1	General Description
GEMS_3DSTATE_001	0047xxD7	CS	1	TDRT
GEMS_3DSTATE_001	0047xxD8	US	1	NVRP
GEMS_3DSTATE_001	0047xxD9	US	1	CVRPN
GEMS_3DSTATE_001	0047xxDA	SQ	1	Volume Rendering Presets Sequence
GEMS_3DSTATE_001	0047xxDB	LO	1	Preset Name
GEMS_3DSTATE_001	0047xxDC	SS	1-n	Opacity Curve X
GEMS_3DSTATE_001	0047xxDD	FL	1-n	Opacity Curve Y
GEMS_3DSTATE_001	0047xxDE	US	1	NOCP
GEMS_3DSTATE_001	0047xxDF	SS	1-n	Color Curve X
GEMS_3DSTATE_001	0047xxE1	US	1	NCCP
GEMS_3DSTATE_001	0047xxE2	CS	1	GSA
GEMS_3DSTATE_001	0047xxE3	CS	1	VRSF
GEMS_3DSTATE_001	0047xxE4	FL	1	AF
GEMS_3DSTATE_001	0047xxE5	FL	1	DF
GEMS_3DSTATE_001	0047xxE6	FL	1	SCF
GEMS_3DSTATE_001	0047xxE7	FL	1	SPF
GEMS_3DSTATE_001	0047xxE8	FL	24	Orthogonal Clipping Planes
GEMS_3DSTATE_001	0047xxE9	FL	3	CP
GEMS_3DSTATE_001	0047xxEA	DS	3	CFP
GEMS_3DSTATE_001	0047xxEB	DS	3	CVU
GEMS_3DSTATE_001	0047xxEC	FL	1	RFOV
GEMS_3DSTATE_001	0047xxED	CS	1	PPRP
GEMS_3DSTATE_001	0047xxEE	DS	1	3DWW
GEMS_3DSTATE_001	0047xxEF	DS	1	3DWL
GEMS_3DSTATE_001	0047xxF0	CS	1	BBV
GEMS_3DSTATE_001	0047xxF1	CS	1	ERF
GEMS_3DSTATE_001	0047xxF2	US	1	TDRMS
GEMS_3DSTATE_001	0047xxF3	FL	1	TDSSS
GEMS_ACQU_01	0009xx24	DS	1	Unknown
GEMS_ACQU_01	0009xx25	US	1	Unknown
GEMS_ACQU_01	0009xx3E	US	1	Unknown
GEMS_ACQU_01	0009xx3F	US	1	Unknown
GEMS_ACQU_01	0009xx42	US	1	Unknown
GEMS_ACQU_01	0009xx43	US	1	Unknown
GEMS_ACQU_01	0009xxF8	US	1	Unknown
GEMS_ACQU_01	0009xxFB	IS	1	Unknown
GEMS_ACQU_01	001910xx	LO	1	Private Element Creator
GEMS_ACQU_01	0019xx01	LT	1	Unknown
GEMS_ACQU_01	0019xx02	SL	1	Detector Channel
GEMS_ACQU_01	0019xx03	DS	1	Cell number at Theta
GEMS_ACQU_01	0019xx04	DS	1	Cell spacing
GEMS_ACQU_01	0019xx05	LT	1	Unknown
GEMS_ACQU_01	0019xx06	UN	1	Unknown
GEMS_ACQU_01	0019xx0E	US	1	Unknown
GEMS_ACQU_01	0019xx0F	DS	1	Horiz. Frame of ref.
GEMS_ACQU_01	0019xx11	SS	1	Series contrast
GEMS_ACQU_01	0019xx12	SS	1	Last pseq
GEMS_ACQU_01	0019xx13	SS	1	Start number for baseline
GEMS_ACQU_01	0019xx14	SS	1	End number for baseline
GEMS_ACQU_01	0019xx15	SS	1	Start number for enhanced scans
GEMS_ACQU_01	0019xx16	SS	1	End number for enhanced scans
GEMS_ACQU_01	0019xx17	SS	1	Series plane
GEMS_ACQU_01	0019xx18	LO	1	First scan ras
GEMS_ACQU_01	0019xx19	DS	1	First scan location
GEMS_ACQU_01	0019xx1A	LO	1	Last scan ras
GEMS_ACQU_01	0019xx1B	DS	1	Last scan loc
GEMS_ACQU_01	0019xx1E	DS	1	Display field of view
GEMS_ACQU_01	0019xx20	DS	1	Unknown
GEMS_ACQU_01	0019xx22	DS	1	Unknown
GEMS_ACQU_01	0019xx23	DS	1	Table Speed [mm/rotation]
GEMS_ACQU_01	0019xx24	DS	1	Mid Scan Time [sec]
GEMS_ACQU_01	0019xx25	SS	1	Mid scan flag
GEMS_ACQU_01	0019xx26	SL	1	Tube Azimuth [degree]
GEMS_ACQU_01	0019xx27	DS	1	Rotation Speed [msec]
GEMS_ACQU_01	0019xx2A	DS	1	x-ray On position
GEMS_ACQU_01	0019xx2B	DS	1	x-ray Off position
GEMS_ACQU_01	0019xx2C	SL	1	Number of triggers
GEMS_ACQU_01	0019xx2D	US	1	Unknown
GEMS_ACQU_01	0019xx2E	DS	1	Angle of first view
GEMS_ACQU_01	0019xx2F	DS	1	Trigger frequency
GEMS_ACQU_01	0019xx39	SS	1	SFOV Type
GEMS_ACQU_01	0019xx3A	IS	1	Unknown
GEMS_ACQU_01	0019xx3B	LT	1	Unknown
GEMS_ACQU_01	0019xx3C	UN	1	Unknown
GEMS_ACQU_01	0019xx3E	UN	1	Unknown
GEMS_ACQU_01	0019xx3F	UN	1	Unknown
GEMS_ACQU_01	0019xx40	SS	1	Stat recon flag
GEMS_ACQU_01	0019xx41	SS	1	Compute type
GEMS_ACQU_01	0019xx42	SS	1	Segment Number
GEMS_ACQU_01	0019xx43	SS	1	Total Segments Required
GEMS_ACQU_01	0019xx44	DS	1	Interscan delay
GEMS_ACQU_01	0019xx47	SS	1	View compression factor
GEMS_ACQU_01	0019xx48	US	1	Unknown
GEMS_ACQU_01	0019xx49	US	1	Unknown
GEMS_ACQU_01	0019xx4A	SS	1	Total no. of ref channels
GEMS_ACQU_01	0019xx4B	SL	1	Data size for scan data
GEMS_ACQU_01	0019xx52	SS	1	Recon post proc. Flag
GEMS_ACQU_01	0019xx54	UN	1	Unknown
GEMS_ACQU_01	0019xx57	SS	1	CT water number
GEMS_ACQU_01	0019xx58	SS	1	CT bone number
GEMS_ACQU_01	0019xx5A	FL	1	Acquisition Duration
GEMS_ACQU_01	0019xx5D	US	1	Unknown
GEMS_ACQU_01	0019xx5E	SL	1	Number of channels (1...512)
GEMS_ACQU_01	0019xx5F	SL	1	Increment between channels
GEMS_ACQU_01	0019xx60	SL	1	Starting view
GEMS_ACQU_01	0019xx61	SL	1	Number of views
GEMS_ACQU_01	0019xx62	SL	1	Increment between views
GEMS_ACQU_01	0019xx6A	SS	1	Dependent on #views processed
GEMS_ACQU_01	0019xx6B	SS	1	Field of view in detector cells
GEMS_ACQU_01	0019xx70	SS	1	Value of back projection button
GEMS_ACQU_01	0019xx71	SS	1	Set if fatq estimates were used
GEMS_ACQU_01	0019xx72	DS	1	Z chan avg over views
GEMS_ACQU_01	0019xx73	DS	1	Avg of left ref chans over views
GEMS_ACQU_01	0019xx74	DS	1	Max left chan over views
GEMS_ACQU_01	0019xx75	DS	1	Avg of right ref chans over views
GEMS_ACQU_01	0019xx76	DS	1	Max right chan over views
GEMS_ACQU_01	0019xx7D	DS	1	Second echo
GEMS_ACQU_01	0019xx7E	SS	1	Number of echoes
GEMS_ACQU_01	0019xx7F	DS	1	Table delta
GEMS_ACQU_01	0019xx81	SS	1	Contiguous
GEMS_ACQU_01	0019xx82	US	1	Unknown
GEMS_ACQU_01	0019xx83	DS	1	Unknown
GEMS_ACQU_01	0019xx84	DS	1	Peak SAR
GEMS_ACQU_01	0019xx85	SS	1	Monitor SAR
GEMS_ACQU_01	0019xx86	US	1	Unknown
GEMS_ACQU_01	0019xx87	DS	1	Cardiac repetition time
GEMS_ACQU_01	0019xx88	SS	1	Images per cardiac cycle
GEMS_ACQU_01	0019xx8A	SS	1	Actual receive gain analog
GEMS_ACQU_01	0019xx8B	SS	1	Actual receive gain digital
GEMS_ACQU_01	0019xx8D	DS	1	Delay after trigger
GEMS_ACQU_01	0019xx8F	SS	1	Swappf
GEMS_ACQU_01	0019xx90	SS	1	Pause Interval
GEMS_ACQU_01	0019xx91	DS	1	Pause Time
GEMS_ACQU_01	0019xx92	SL	1	Slice offset on freq axis
GEMS_ACQU_01	0019xx93	DS	1	Auto Prescan Center Frequency
GEMS_ACQU_01	0019xx94	SS	1	Auto Prescan Transmit Gain
GEMS_ACQU_01	0019xx95	SS	1	Auto Prescan Analog receiver gain
GEMS_ACQU_01	0019xx96	SS	1	Auto Prescan Digital receiver gain
GEMS_ACQU_01	0019xx97	SL	1	Bitmap defining CVs
GEMS_ACQU_01	0019xx98	SS	1	Center freq. Method
GEMS_ACQU_01	0019xx99	US	1	Unknown
GEMS_ACQU_01	0019xx9B	SS	1	Pulse Sequence Mode
GEMS_ACQU_01	0019xx9C	LO	1	Pulse Sequence Name
GEMS_ACQU_01	0019xx9D	DT	1	Pulse Sequence Date
GEMS_ACQU_01	0019xx9E	LO	1	Internal Pulse Sequence Name
GEMS_ACQU_01	0019xx9F	SS	1	Transmitting Coil Type
GEMS_ACQU_01	0019xxA0	SS	1	Surface Coil Type
GEMS_ACQU_01	0019xxA1	SS	1	Extremity Coil flag
GEMS_ACQU_01	0019xxA2	SL	1	Raw data run number
GEMS_ACQU_01	0019xxA3	UL	1	Calibrated Field strength
GEMS_ACQU_01	0019xxA4	SS	1	SAT fat/water/bone
GEMS_ACQU_01	0019xxA5	DS	1	Receive bandwidth
GEMS_ACQU_01	0019xxA7	DS	1	User data 0
GEMS_ACQU_01	0019xxA8	DS	1	User data 1
GEMS_ACQU_01	0019xxA9	DS	1	User data 2
GEMS_ACQU_01	0019xxAA	DS	1	User data 3
GEMS_ACQU_01	0019xxAB	DS	1	User data 4
GEMS_ACQU_01	0019xxAC	DS	1	User data 5
GEMS_ACQU_01	0019xxAD	DS	1	User data 6
GEMS_ACQU_01	0019xxAE	DS	1	User data 7
GEMS_ACQU_01	0019xxAF	DS	1	User data 8
GEMS_ACQU_01	0019xxB0	DS	1	User data 9
GEMS_ACQU_01	0019xxB1	DS	1	User data 10
GEMS_ACQU_01	0019xxB2	DS	1	User data 11
GEMS_ACQU_01	0019xxB3	DS	1	User data 12
GEMS_ACQU_01	0019xxB4	DS	1	User data 13
GEMS_ACQU_01	0019xxB5	DS	1	User data 14
GEMS_ACQU_01	0019xxB6	DS	1	User data 15
GEMS_ACQU_01	0019xxB7	DS	1	User data 16
GEMS_ACQU_01	0019xxB8	DS	1	User data 17
GEMS_ACQU_01	0019xxB9	DS	1	User data 18
GEMS_ACQU_01	0019xxBA	DS	1	User data 19
GEMS_ACQU_01	0019xxBB	DS	1	User data 20
GEMS_ACQU_01	0019xxBC	DS	1	User data 21
GEMS_ACQU_01	0019xxBD	DS	1	User data 22
GEMS_ACQU_01	0019xxBE	DS	1	Projection angle
GEMS_ACQU_01	0019xxC0	SS	1	Saturation planes
GEMS_ACQU_01	0019xxC1	SS	1	Surface coil intensity
GEMS_ACQU_01	0019xxC2	SS	1	SAT location R
GEMS_ACQU_01	0019xxC3	SS	1	SAT location L
GEMS_ACQU_01	0019xxC4	SS	1	SAT location A
GEMS_ACQU_01	0019xxC5	SS	1	SAT location P
GEMS_ACQU_01	0019xxC6	SS	1	SAT location H
GEMS_ACQU_01	0019xxC7	SS	1	SAT location F
GEMS_ACQU_01	0019xxC8	SS	1	SAT thickness R/L
GEMS_ACQU_01	0019xxC9	SS	1	SAT thickness A/P
GEMS_ACQU_01	0019xxCA	SS	1	SAT thickness H/F
GEMS_ACQU_01	0019xxCB	SS	1	Phase Contrast flow axis
GEMS_ACQU_01	0019xxCC	SS	1	Velocity encoding
GEMS_ACQU_01	0019xxCD	SS	1	Thickness disclaimer
GEMS_ACQU_01	0019xxCE	SS	1	Prescan type
GEMS_ACQU_01	0019xxCF	SS	1	Prescan status
GEMS_ACQU_01	0019xxD0	SH	1	Raw data type
GEMS_ACQU_01	0019xxD2	SS	1	Projection Algorithm
GEMS_ACQU_01	0019xxD3	SH	1	Projection Algorithm Name
GEMS_ACQU_01	0019xxD4	US	1	Unknown
GEMS_ACQU_01	0019xxD5	SS	1	Fractional echo
GEMS_ACQU_01	0019xxD6	SS	1	Prep pulse
GEMS_ACQU_01	0019xxD7	SS	1	Cardiac phase number
GEMS_ACQU_01	0019xxD8	SS	1	Variable echoflag
GEMS_ACQU_01	0019xxD9	DS	1	Concatenated SAT {# DTI Diffusion Dir., release 9.0 & below}
GEMS_ACQU_01	0019xxDA	SS	1	Reference channel used
GEMS_ACQU_01	0019xxDB	DS	1	Back projector coefficient
GEMS_ACQU_01	0019xxDC	SS	1	Primary speed correction used
GEMS_ACQU_01	0019xxDD	SS	1	Overrange correction used
GEMS_ACQU_01	0019xxDE	DS	1	Dynamic Z alpha value
GEMS_ACQU_01	0019xxDF	DS	1	User data 23 {# DTI Diffusion Dir., release 9.0 & below}
GEMS_ACQU_01	0019xxE0	DS	1	User data 24 {# DTI Diffusion Dir., release 10.0 & above}
GEMS_ACQU_01	0019xxE1	DS	1	Unknown
GEMS_ACQU_01	0019xxE2	DS	1	Velocity Encode Scale
GEMS_ACQU_01	0019xxE3	LT	1	Unknown
GEMS_ACQU_01	0019xxE4	LT	1	Unknown
GEMS_ACQU_01	0019xxE5	IS	1	Unknown
GEMS_ACQU_01	0019xxE6	US	1	Unknown
GEMS_ACQU_01	0019xxE8	DS	1	Unknown
GEMS_ACQU_01	0019xxE9	DS	1	Unknown
GEMS_ACQU_01	0019xxEB	DS	1	Unknown
GEMS_ACQU_01	0019xxEC	US	1	Unknown
GEMS_ACQU_01	0019xxF0	UN	1	Unknown
GEMS_ACQU_01	0019xxF1	LT	1	Unknown
GEMS_ACQU_01	0019xxF2	SS	1	Fast phases
GEMS_ACQU_01	0019xxF3	LT	1	Unknown
GEMS_ACQU_01	0019xxF4	LT	1	Unknown
GEMS_ACQU_01	0019xxF9	DS	1	Transmit gain
GEMS_ACRQA_1.0 BLOCK1	0023xx00	LO	1	CR Exposure Menu Code
GEMS_ACRQA_1.0 BLOCK1	0023xx10	LO	1	CR Exposure Menu String
GEMS_ACRQA_1.0 BLOCK1	0023xx20	LO	1	CR EDR Mode
GEMS_ACRQA_1.0 BLOCK1	0023xx30	LO	1	CR Latitude
GEMS_ACRQA_1.0 BLOCK1	0023xx40	LO	1	CR Group Number
GEMS_ACRQA_1.0 BLOCK1	0023xx50	US	1	CR Image Serial Number
GEMS_ACRQA_1.0 BLOCK1	0023xx60	LO	1	CR Bar Code Number
GEMS_ACRQA_1.0 BLOCK1	0023xx70	LO	1	CR Film Output Exposure
GEMS_ACRQA_1.0 BLOCK1	0023xx80	LO	1	CR Film Format
GEMS_ACRQA_1.0 BLOCK1	0023xx90	LO	1	CR S-Shift String
GEMS_ACRQA_1.0 BLOCK2	0023xx00	US	1	CR S-Shift
GEMS_ACRQA_1.0 BLOCK2	0023xx10	DS	1	CR C-Shift
GEMS_ACRQA_1.0 BLOCK2	0023xx20	DS	1	CR GT
GEMS_ACRQA_1.0 BLOCK2	0023xx30	DS	1	CR GA
GEMS_ACRQA_1.0 BLOCK2	0023xx40	DS	1	CR GC
GEMS_ACRQA_1.0 BLOCK2	0023xx50	DS	1	CR GS
GEMS_ACRQA_1.0 BLOCK2	0023xx60	DS	1	CR RT
GEMS_ACRQA_1.0 BLOCK2	0023xx70	DS	1	CR RE
GEMS_ACRQA_1.0 BLOCK2	0023xx80	US	1	CR RN
GEMS_ACRQA_1.0 BLOCK2	0023xx90	DS	1	CR DRT
GEMS_ACRQA_1.0 BLOCK3	0023xx00	DS	1	CR DRE
GEMS_ACRQA_1.0 BLOCK3	0023xx10	US	1	CR DRN
GEMS_ACRQA_1.0 BLOCK3	0023xx20	DS	1	CR ORE
GEMS_ACRQA_1.0 BLOCK3	0023xx30	US	1	CR ORN
GEMS_ACRQA_1.0 BLOCK3	0023xx40	US	1	CR ORD
GEMS_ACRQA_1.0 BLOCK3	0023xx50	LO	1	CR Cassette Size
GEMS_ACRQA_1.0 BLOCK3	0023xx60	LO	1	CR Machine ID
GEMS_ACRQA_1.0 BLOCK3	0023xx70	LO	1	CR Machine Type
GEMS_ACRQA_1.0 BLOCK3	0023xx80	LO	1	CR Technician Code
GEMS_ACRQA_1.0 BLOCK3	0023xx90	LO	1	CR ES Parameters
GEMS_ACRQA_2.0 BLOCK1	0023xx00	LO	1	CR Exposure Menu Code
GEMS_ACRQA_2.0 BLOCK1	0023xx10	LO	1	CR Exposure Menu String
GEMS_ACRQA_2.0 BLOCK1	0023xx20	LO	1	CR EDR Mode
GEMS_ACRQA_2.0 BLOCK1	0023xx30	LO	1	CR Latitude
GEMS_ACRQA_2.0 BLOCK1	0023xx40	LO	1	CR Group Number
GEMS_ACRQA_2.0 BLOCK1	0023xx50	US	1	CR Image Serial Number
GEMS_ACRQA_2.0 BLOCK1	0023xx60	LO	1	CR Bar Code Number
GEMS_ACRQA_2.0 BLOCK1	0023xx70	LO	1	CR Film Output Exposure
GEMS_ACRQA_2.0 BLOCK1	0023xx80	LO	1	CR Film Format
GEMS_ACRQA_2.0 BLOCK1	0023xx90	LO	1	CR S Shift String
GEMS_ACRQA_2.0 BLOCK2	0023xx00	US	1	CR S Shift
GEMS_ACRQA_2.0 BLOCK2	0023xx10	LO	1	CR C Shift
GEMS_ACRQA_2.0 BLOCK2	0023xx20	LO	1	CR GT
GEMS_ACRQA_2.0 BLOCK2	0023xx30	DS	1	CR GA
GEMS_ACRQA_2.0 BLOCK2	0023xx40	DS	1	CR GC
GEMS_ACRQA_2.0 BLOCK2	0023xx50	DS	1	CR GS
GEMS_ACRQA_2.0 BLOCK2	0023xx60	LO	1	CR RT
GEMS_ACRQA_2.0 BLOCK2	0023xx70	DS	1	CR RE
GEMS_ACRQA_2.0 BLOCK2	0023xx80	US	1	CR RN
GEMS_ACRQA_2.0 BLOCK2	0023xx90	DS	1	CR DRT
GEMS_ACRQA_2.0 BLOCK3	0023xx00	DS	1	CR DRE
GEMS_ACRQA_2.0 BLOCK3	0023xx10	US	1	CR DRN
GEMS_ACRQA_2.0 BLOCK3	0023xx20	DS	1	CR ORE
GEMS_ACRQA_2.0 BLOCK3	0023xx30	US	1	CR ORN
GEMS_ACRQA_2.0 BLOCK3	0023xx40	US	1	CR ORD
GEMS_ACRQA_2.0 BLOCK3	0023xx50	LO	1	CR Cassette Size
GEMS_ACRQA_2.0 BLOCK3	0023xx60	LO	1	CR Machine ID
GEMS_ACRQA_2.0 BLOCK3	0023xx70	LO	1	CR Machine Type
GEMS_ACRQA_2.0 BLOCK3	0023xx80	LO	1	CR Technician Code
GEMS_ACRQA_2.0 BLOCK3	0023xx90	LO	1	CR Energy Subtraction Parameters
GEMS_ACRQA_2.0 BLOCK3	0023xxF0	LO	1	CR Distribution Code
GEMS_ACRQA_2.0 BLOCK3	0023xxFF	US	1	CR Shutters Applied
GEMS_ADWSoft_3D1	0047xx01	SQ	1	Reconstruction Parameters Sequence
GEMS_ADWSoft_3D1	0047xx49	UL	3-n	Volume Color
GEMS_ADWSoft_3D1	0047xx50	UL	1	Volume Voxel Count
GEMS_ADWSoft_3D1	0047xx51	UL	1-n	Volume Segment Count
GEMS_ADWSoft_3D1	0047xx53	US	1	Volume Slice Size
GEMS_ADWSoft_3D1	0047xx54	US	1	Volume Slice Count
GEMS_ADWSoft_3D1	0047xx55	SL	1	Volume Threshold Value
GEMS_ADWSoft_3D1	0047xx57	DS	1	Volume Voxel Ratio
GEMS_ADWSoft_3D1	0047xx58	DS	1	Volume Voxel Size
GEMS_ADWSoft_3D1	0047xx59	US	1	Volume Z Position Size
GEMS_ADWSoft_3D1	0047xx60	DS	9	Volume Base Line
GEMS_ADWSoft_3D1	0047xx61	DS	3	Volume Center Point
GEMS_ADWSoft_3D1	0047xx63	SL	1	Volume Skew Base
GEMS_ADWSoft_3D1	0047xx64	DS	9	Volume Registration Transform Rotation Matrix
GEMS_ADWSoft_3D1	0047xx65	DS	3	Volume Registration Transform Translation Vector
GEMS_ADWSoft_3D1	0047xx66	DS	1	Volume Tilt
GEMS_ADWSoft_3D1	0047xx70	DS	1-n	KPV List
GEMS_ADWSoft_3D1	0047xx71	IS	1-n	X-Ray Tube Current List
GEMS_ADWSoft_3D1	0047xx72	IS	1-n	Exposure List
GEMS_ADWSoft_3D1	0047xx80	LO	1	Acquisition DLX Identifier
GEMS_ADWSoft_3D1	0047xx81	IS	1	Acquisition DLX 2D Series Count
GEMS_ADWSoft_3D1	0047xx85	SQ	1	Acquisition DLX 2D Series Sequence
GEMS_ADWSoft_3D1	0047xx89	DS	1-n	Contrast Agent Volume List
GEMS_ADWSoft_3D1	0047xx8A	US	1	Number Of Injections
GEMS_ADWSoft_3D1	0047xx8B	US	1	Frame Count
GEMS_ADWSoft_3D1	0047xx91	LO	1	XA 3D Reconstruction Algorithm Name
GEMS_ADWSoft_3D1	0047xx92	CS	1	XA 3D Reconstruction Algorithm Version
GEMS_ADWSoft_3D1	0047xx93	DA	1	DLX Calibration Date
GEMS_ADWSoft_3D1	0047xx94	TM	1	DLX Calibration Time
GEMS_ADWSoft_3D1	0047xx95	CS	1	DLX Calibration Status
GEMS_ADWSoft_3D1	0047xx96	IS	1-n	Used Frames
GEMS_ADWSoft_3D1	0047xx98	US	1	Transform Count
GEMS_ADWSoft_3D1	0047xx99	SQ	1	Transform Sequence
GEMS_ADWSoft_3D1	0047xx9A	DS	9	Transform Rotation Matrix
GEMS_ADWSoft_3D1	0047xx9B	DS	3	Transform Translation Vector
GEMS_ADWSoft_3D1	0047xx9C	LO	1	Transform Label
GEMS_ADWSoft_3D1	0047xxB0	SQ	1	Wireframe List
GEMS_ADWSoft_3D1	0047xxB1	US	1	Wireframe Count
GEMS_ADWSoft_3D1	0047xxB2	US	1	Location System
GEMS_ADWSoft_3D1	0047xxB5	LO	1	Wireframe Name
GEMS_ADWSoft_3D1	0047xxB6	LO	1	Wireframe Group Name
GEMS_ADWSoft_3D1	0047xxB7	LO	1	Wireframe Color
GEMS_ADWSoft_3D1	0047xxB8	SL	1	Wireframe Attributes
GEMS_ADWSoft_3D1	0047xxB9	SL	1	Wireframe Point Count
GEMS_ADWSoft_3D1	0047xxBA	SL	1	Wireframe Timestamp
GEMS_ADWSoft_3D1	0047xxBB	SQ	1	Wireframe Point List
GEMS_ADWSoft_3D1	0047xxBC	DS	3	Wireframe Points Coordinates
GEMS_ADWSoft_3D1	0047xxC0	DS	3	Volume Upper Left High Corner RAS
GEMS_ADWSoft_3D1	0047xxC1	DS	9	Volume Slice To RAS Rotation Matrix
GEMS_ADWSoft_3D1	0047xxC2	DS	1	Volume Upper Left High Corner TLOC
GEMS_ADWSoft_3D1	0047xxD1	OB	1	Volume Segment List
GEMS_ADWSoft_3D1	0047xxD2	OB	1	Volume Gradient List
GEMS_ADWSoft_3D1	0047xxD3	OB	1	Volume Density List
GEMS_ADWSoft_3D1	0047xxD4	OB	1	Volume Z Position List
GEMS_ADWSoft_3D1	0047xxD5	OB	1	Volume Original Index List
GEMS_ADWSoft_3D1	0047xxF4	LO	1-n	Volume Name(s)
GEMS_ADWSoft_3D1	0047xxF5	DS	1-n	Min original density
GEMS_ADWSoft_3D1	0047xxF6	DS	1-n	Max original density
GEMS_ADWSoft_3D1	0047xxF7	DS	1-n	Min Converted Density
GEMS_ADWSoft_3D1	0047xxF8	DS	1-n	Max Converted Density
GEMS_ADWSoft_3D1	0047xxF9	LO	1	Protocol Film Name
GEMS_ADWSoft_3D1	0047xxFA	US	1	Protocol Resolution
GEMS_ADWSoft_3D1	0047xxFB	US	1	Phase Number (percent)
GEMS_ADWSoft_3D1	0047xxFC	OB	1	Volume midscan times list
GEMS_ADWSoft_3D1	0047xxFD	OB	1	Volume Registered Phases List
GEMS_ADWSoft_3D1	0047xxFE	LO	1	Protocol Name
GEMS_ADWSoft_3D1	0047xxFF	LO	1	Protocol Title
GEMS_ADWSoft_3D2	0057xx01	OB	1	Cardiac Reconstruction Algorithm List
GEMS_ADWSoft_3D2	0057xx02	OB	1	Average Heart Rate for Image List
GEMS_ADWSoft_3D2	0057xx03	OB	1	Temporal Resolution List
GEMS_ADWSoft_3D2	0057xx04	LT	1	Layout View Preset
GEMS_ADWSoft_DPO	0039xx80	IS	1	Private Entity Number
GEMS_ADWSoft_DPO	0039xx85	DA	1	Private Entity Date
GEMS_ADWSoft_DPO	0039xx90	TM	1	Private Entity Time
GEMS_ADWSoft_DPO	0039xx95	LO	1	Private Entity Launch Command
GEMS_ADWSoft_DPO	0039xxAA	CS	1	Private Entity Type
GEMS_ADWSoft_DPO1	0039xx80	IS	1	Private Entity Number
GEMS_ADWSoft_DPO1	0039xx85	DA	1	Private Entity Date
GEMS_ADWSoft_DPO1	0039xx90	TM	1	Private Entity Time
GEMS_ADWSoft_DPO1	0039xx95	LO	1	Private Entity Launch Command
GEMS_ADWSoft_DPO1	0039xxAA	CS	1	Private Entity Type
GEMS_AWSOFT_CD1	0039xx65	UI	1	Reference to Study UID
GEMS_AWSOFT_CD1	0039xx70	UI	1	Reference to Series UID
GEMS_AWSOFT_CD1	0039xx75	IS	1	Reference to Original Instance
GEMS_AWSOFT_CD1	0039xx80	IS	1	DPO Number
GEMS_AWSOFT_CD1	0039xx85	DA	1	DPO Date
GEMS_AWSOFT_CD1	0039xx90	TM	1	DPO Time
GEMS_AWSOFT_CD1	0039xx95	LO	1	DPO Invocation String
GEMS_AWSOFT_CD1	0039xxAA	CS	1	DPO type
GEMS_AWSOFT_CD1	0039xxFF	OB	1	DPO data
GEMS_AWSoft_SB1	0039xx50	UI	1	Reference to Study UID
GEMS_AWSoft_SB1	0039xx51	UI	1	Reference to Series UID
GEMS_AWSoft_SB1	0039xx52	IS	1	Reference to Original Instance Number
GEMS_AWSoft_SB1	0039xx95	LO	1	Private Entity Launch Command
GEMS_CTHD_01	0033xx02	UN	1	Unknown
GEMS_CT_CARDIAC_001	0049xx01	SQ	1	CT Cardiac Sequence
GEMS_CT_CARDIAC_001	0049xx02	CS	1	HeartRateAtConfirm
GEMS_CT_CARDIAC_001	0049xx03	FL	1	AvgHeartRatePriorToConfirm
GEMS_CT_CARDIAC_001	0049xx04	CS	1	MinHeartRatePriorToConfirm
GEMS_CT_CARDIAC_001	0049xx05	CS	1	MaxHeartRatePriorToConfirm
GEMS_CT_CARDIAC_001	0049xx06	FL	1	StdDevHeartRatePriorToConfirm
GEMS_CT_CARDIAC_001	0049xx07	US	1	NumHeartRateSamplesPriorToConfirm
GEMS_CT_CARDIAC_001	0049xx08	CS	1	AutoHeartRateDetectPredict
GEMS_CT_CARDIAC_001	0049xx09	CS	1	SystemOptimizedHeartRate
GEMS_CT_CARDIAC_001	0049xx0A	ST	1	EkgMonitorType
GEMS_CT_CARDIAC_001	0049xx0B	CS	1	NumReconSectors
GEMS_CT_CARDIAC_001	0049xx0C	FL	256	RpeakTimeStamps
GEMS_CT_HINO_01	004Bxx01	DS	1-n	Beam Thickess
GEMS_CT_HINO_01	004Bxx02	DS	1-n	R Time
GEMS_CT_HINO_01	004Bxx03	IS	1	HBC Number
GEMS_CT_VES_01	0051xx01	SQ	1	CTVESSequence
GEMS_DLX_DOSE_01	0027xx01	SQ	1	Private Radiation Dose Sequence
GEMS_DLX_DOSE_01	0027xx02	IS	1	Run Number
GEMS_DLX_DOSE_01	0027xx03	TM	1	Run Time
GEMS_DLX_DOSE_01	0027xx04	IS	1	Number of Frames
GEMS_DLX_DOSE_01	0027xx05	DS	1	Frames per Second
GEMS_DLX_DOSE_01	0027xx06	CS	1	Plane
GEMS_DLX_DOSE_01	0027xx07	DS	1	KV
GEMS_DLX_DOSE_01	0027xx08	DS	1	MA
GEMS_DLX_DOSE_01	0027xx09	DS	1	Mas
GEMS_DLX_DOSE_01	0027xx10	DS	1	Ms
GEMS_DLX_DOSE_01	0027xx11	DS	1	Angulation
GEMS_DLX_DOSE_01	0027xx12	DS	1	Rotation
GEMS_DLX_DOSE_01	0027xx13	DS	1	Focal Distance
GEMS_DLX_DOSE_01	0027xx14	DS	1	Image Intensifier Mode
GEMS_DL_FRAME_01	0025xx02	IS	1	Frame Id
GEMS_DL_FRAME_01	0025xx03	DS	1	Distance Source To Detector
GEMS_DL_FRAME_01	0025xx04	DS	1	Distance Source To Patient
GEMS_DL_FRAME_01	0025xx05	DS	1	Distance Source To Skin
GEMS_DL_FRAME_01	0025xx06	DS	1	Positioner Primary Angle
GEMS_DL_FRAME_01	0025xx07	DS	1	Positioner Secondary Angle
GEMS_DL_FRAME_01	0025xx08	IS	1	Beam Orientation
GEMS_DL_FRAME_01	0025xx09	DS	1	Larm Angle
GEMS_DL_FRAME_01	0025xx0A	SQ	1	Frame Sequence
GEMS_DL_FRAME_01	0025xx0B	DS	1	Target Cnr
GEMS_DL_FRAME_01	0025xx10	DS	1	Pivot Angle
GEMS_DL_FRAME_01	0025xx1A	DS	1	Arc Angle
GEMS_DL_FRAME_01	0025xx1B	DS	1	Table Vertical Position
GEMS_DL_FRAME_01	0025xx1C	DS	1	Table Longitudinal Position
GEMS_DL_FRAME_01	0025xx1D	DS	1	Table Lateral Position
GEMS_DL_FRAME_01	0025xx1E	IS	1	Beam Cover Area
GEMS_DL_FRAME_01	0025xx1F	DS	1	Kvp Actual
GEMS_DL_FRAME_01	0025xx20	DS	1	Mas Actual
GEMS_DL_FRAME_01	0025xx21	DS	1	Pw Actual
GEMS_DL_FRAME_01	0025xx22	DS	1	Kvp Commanded
GEMS_DL_FRAME_01	0025xx23	DS	1	Mas Commanded
GEMS_DL_FRAME_01	0025xx24	DS	1	Pw Commanded
GEMS_DL_FRAME_01	0025xx25	CS	1	Grid
GEMS_DL_FRAME_01	0025xx26	DS	1	Sensor Feedback
GEMS_DL_FRAME_01	0025xx27	DS	1	Target Entrance Dose
GEMS_DL_FRAME_01	0025xx28	DS	1	Cnr Commanded
GEMS_DL_FRAME_01	0025xx29	DS	1	Contrast Commanded
GEMS_DL_FRAME_01	0025xx2A	DS	1	Ept Actual
GEMS_DL_FRAME_01	0025xx2B	IS	1	Spectral Filter Znb
GEMS_DL_FRAME_01	0025xx2C	DS	1	Spectral Filter Weight
GEMS_DL_FRAME_01	0025xx2D	DS	1	Spectral Filter Density
GEMS_DL_FRAME_01	0025xx2E	IS	1	Spectral Filter Thickness
GEMS_DL_FRAME_01	0025xx2F	IS	1	Spectral Filter Status
GEMS_DL_FRAME_01	0025xx30	IS	1	Fov Dimension
GEMS_DL_FRAME_01	0025xx33	IS	1	Fov Origin
GEMS_DL_FRAME_01	0025xx34	IS	1	Collimator Left Vertical Edge
GEMS_DL_FRAME_01	0025xx35	IS	1	Collimator Right Vertical Edge
GEMS_DL_FRAME_01	0025xx36	IS	1	Collimator Up Horizontal Edge
GEMS_DL_FRAME_01	0025xx37	IS	1	Collimator Low Horizontal Edge
GEMS_DL_FRAME_01	0025xx38	IS	1	Vertices Polygonal Collimator
GEMS_DL_FRAME_01	0025xx39	IS	1	Contour Filter Distance
GEMS_DL_FRAME_01	0025xx3A	UL	1	Contour Filter Angle
GEMS_DL_FRAME_01	0025xx3B	CS	1	Table Rotation Status
GEMS_DL_FRAME_01	0025xx3C	CS	1	Internal Label Frame
GEMS_DL_IMG_01	0019xx0B	DS	1	Fov Dimension Double
GEMS_DL_IMG_01	0019xx0C	FL	2-2n	LV Diastolic contour
GEMS_DL_IMG_01	0019xx0D	FL	2-2n	LV Systolic contour
GEMS_DL_IMG_01	0019xx2B	FL	1	Distance to table top
GEMS_DL_IMG_01	0019xx30	LO	1	Image File Name
GEMS_DL_IMG_01	0019xx31	IS	1	Default Spatial Filter Family
GEMS_DL_IMG_01	0019xx32	IS	1	Default Spatial Filter Strength
GEMS_DL_IMG_01	0019xx33	DS	1	Min Saturation Dose
GEMS_DL_IMG_01	0019xx34	DS	1	Detector Gain
GEMS_DL_IMG_01	0019xx35	DS	1	Patient Dose Limit
GEMS_DL_IMG_01	0019xx36	DS	1	Preproc Image Rate Max
GEMS_DL_IMG_01	0019xx37	CS	1	Sensor Roi Shape
GEMS_DL_IMG_01	0019xx38	DS	1	Sensor Roi x Position
GEMS_DL_IMG_01	0019xx39	DS	1	Sensor Roi y Position
GEMS_DL_IMG_01	0019xx3A	DS	1	Sensor Roi x Size
GEMS_DL_IMG_01	0019xx3B	DS	1	Sensor Roi y Size
GEMS_DL_IMG_01	0019xx3D	DS	1	Noise Sensitivity
GEMS_DL_IMG_01	0019xx3E	DS	1	Sharp Sensitivity
GEMS_DL_IMG_01	0019xx3F	DS	1	Contrast Sensitivity
GEMS_DL_IMG_01	0019xx40	DS	1	Lag Sensitivity
GEMS_DL_IMG_01	0019xx41	CS	1	Tube
GEMS_DL_IMG_01	0019xx42	US	1	Detector Size Rows
GEMS_DL_IMG_01	0019xx43	US	1	Detector Size Columns
GEMS_DL_IMG_01	0019xx44	DS	1	Min Object Size
GEMS_DL_IMG_01	0019xx45	DS	1	Max Object Size
GEMS_DL_IMG_01	0019xx46	DS	1	Max Object Speed
GEMS_DL_IMG_01	0019xx47	CS	1	Object Back Motion
GEMS_DL_IMG_01	0019xx48	UL	1	Exposure Trajectory Family
GEMS_DL_IMG_01	0019xx49	DS	1	Window Time Duration
GEMS_DL_IMG_01	0019xx4A	CS	1	Positioner Angle Display Mode
GEMS_DL_IMG_01	0019xx4B	IS	1	Detector Origin
GEMS_DL_IMG_01	0019xx4C	CS	1	Unknown
GEMS_DL_IMG_01	0019xx4E	DS	1	Default Brightness Contrast
GEMS_DL_IMG_01	0019xx4F	DS	1	User Brightness Contrast
GEMS_DL_IMG_01	0019xx50	IS	1	Source Series Number
GEMS_DL_IMG_01	0019xx51	IS	1	Source Image Number
GEMS_DL_IMG_01	0019xx52	IS	1	Source Frame Number
GEMS_DL_IMG_01	0019xx53	UI	1	Source Series Item Id
GEMS_DL_IMG_01	0019xx54	UI	1	Source Image Item Id
GEMS_DL_IMG_01	0019xx55	UI	1	Source Frame Item Id
GEMS_DL_IMG_01	0019xx80	DS	1	Image Dose
GEMS_DL_IMG_01	0019xx81	US	1	Calibration Frame
GEMS_DL_IMG_01	0019xx82	CS	1	Calibration Object
GEMS_DL_IMG_01	0019xx83	DS	1	Calibration Object Size mm
GEMS_DL_IMG_01	0019xx84	FL	1	Calibration Factor
GEMS_DL_IMG_01	0019xx85	DA	1	Calibration Date
GEMS_DL_IMG_01	0019xx86	TM	1	Calibration Time
GEMS_DL_IMG_01	0019xx87	US	1	Calibration Accuracy
GEMS_DL_IMG_01	0019xx88	CS	1	Calibration Extended
GEMS_DL_IMG_01	0019xx89	US	1	Calibration Image Original
GEMS_DL_IMG_01	0019xx8A	US	1	Calibration Frame Original
GEMS_DL_IMG_01	0019xx8B	US	1	Calibration Number Of Points Uif
GEMS_DL_IMG_01	0019xx8C	US	1	Calibration Points Row
GEMS_DL_IMG_01	0019xx8D	US	1	Calibration Points Column
GEMS_DL_IMG_01	0019xx8E	FL	1	Calibration Magnification Ratio
GEMS_DL_IMG_01	0019xx8F	LO	1	Calibration Sw Version
GEMS_DL_IMG_01	0019xx90	LO	1	Extend Calibration Sw Version
GEMS_DL_IMG_01	0019xx91	IS	1	Calibration Return Code
GEMS_DL_IMG_01	0019xx92	DS	1	Detector Rotation Angle
GEMS_DL_IMG_01	0019xx93	CS	1	Spatial Change
GEMS_DL_IMG_01	0019xx94	CS	1	Inconsistent Flag
GEMS_DL_IMG_01	0019xx95	CS	1	Image Sweep
GEMS_DL_IMG_01	0019xx96	CS	1	Internal Label Image
GEMS_DL_IMG_01	0019xx97	DS	1	Angle 1 Increment
GEMS_DL_IMG_01	0019xx98	DS	1	Angle 2 Increment
GEMS_DL_IMG_01	0019xx99	DS	1	Angle 3 Increment
GEMS_DL_IMG_01	0019xx9A	DS	1	Sensor Feedback
GEMS_DL_IMG_01	0019xx9B	CS	1	Grid
GEMS_DL_IMG_01	0019xx9C	FL	1	Default Mask Pixel Shift
GEMS_DL_IMG_01	0019xx9D	CS	1	Applicable Review Mode
GEMS_DL_IMG_01	0019xx9E	DS	1	Log Lut Control Points
GEMS_DL_IMG_01	0019xx9F	DS	1	Exp Lut Control Points
GEMS_DL_IMG_01	0019xxA0	DS	1	ABD Value
GEMS_DL_IMG_01	0019xxA1	DS	1	Sub Window Center
GEMS_DL_IMG_01	0019xxA2	DS	1	Sub Window Width
GEMS_DL_IMG_01	0019xxA3	DS	1	Image Rotation
GEMS_DL_IMG_01	0019xxA4	CS	1	Auto Injection Enabled
GEMS_DL_IMG_01	0019xxA5	CS	1	Injection Phase
GEMS_DL_IMG_01	0019xxA6	DS	1	Injection Delay
GEMS_DL_IMG_01	0019xxA7	IS	1	Reference Injection Frame Number
GEMS_DL_IMG_01	0019xxA8	DS	1	Injection Duration
GEMS_DL_IMG_01	0019xxA9	DS	1	EPT
GEMS_DL_IMG_01	0019xxAA	CS	1	Can Downscan 512
GEMS_DL_IMG_01	0019xxAB	IS	1	Current Spatial Filter Strength
GEMS_DL_IMG_01	0019xxAC	DS	1	Brightness Sensitivity
GEMS_DL_IMG_01	0019xxAD	DS	1	Exp Lut NOSUB Control Points
GEMS_DL_IMG_01	0019xxAE	LO	1-n	SUB operator LUTs names
GEMS_DL_IMG_01	0019xxAF	DS	1-n	kVp actual vector
GEMS_DL_IMG_01	0019xxB0	DS	1-n	mAs actual vector
GEMS_DL_IMG_01	0019xxB1	LO	1	Acquisition Mode Description
GEMS_DL_IMG_01	0019xxB2	LO	1	Acquisition Mode Display Label
GEMS_DL_IMG_01	0019xxB3	LO	1	Acquisition Protocol User Name
GEMS_DL_IMG_01	0019xxB8	FL	1	Recommended display frame rate float
GEMS_DL_IMG_01	0019xxB9	FL	1-n	ABD Vector
GEMS_DL_IMG_01	0019xxBA	CS	1	Acquisition region
GEMS_DL_IMG_01	0019xxBB	CS	1	Acquisition SUB mode
GEMS_DL_IMG_01	0019xxBC	FL	1	Unknown
GEMS_DL_IMG_01	0019xxBD	CS	1-n	Table rotation status vector
GEMS_DL_IMG_01	0019xxBE	FL	1-n	Source to image distance per frame vector
GEMS_DL_IMG_01	0019xxC2	DS	1-n	pw actual vector
GEMS_DL_IMG_01	0019xxC4	IS	1	Spectral filter thickness
GEMS_DL_IMG_01	0019xxC5	FL	1	Preselected pivot rotation speed
GEMS_DL_IMG_01	0019xxC7	CS	1	Patient position per image
GEMS_DL_IMG_01	0019xxC8	CS	1	3D structure of interest
GEMS_DL_IMG_01	0019xxC9	CS	1	3D calibration out of date flag
GEMS_DL_IMG_01	0019xxCA	IS	1	3Dspin expected number of frames
GEMS_DL_IMG_01	0019xxD4	FL	1	Detection gain value
GEMS_DL_IMG_01	0019xxD5	FL	1	mR mAs calibration value
GEMS_DL_IMG_01	0019xxDC	LO	1	DRM LUT file name
GEMS_DL_IMG_01	0019xxDD	DS	1-n	DRM Strength
GEMS_DL_IMG_01	0019xxDE	CS	1	Acquisition Plane
GEMS_DL_IMG_01	0019xxDF	FL	1-n	LP off longitudinal position Z
GEMS_DL_IMG_01	0019xxE0	FL	1	DAP of current record
GEMS_DL_IMG_01	0019xxE1	FL	1	Pivot Lateral Angle
GEMS_DL_IMG_01	0019xxE2	FL	1	Carm Lateral Angle
GEMS_DL_IMG_01	0019xxE3	FL	1-n	Pivot Lateral Angle increment
GEMS_DL_IMG_01	0019xxE4	FL	1-n	Carm Lateral Angle increment
GEMS_DL_IMG_01	0019xxE7	FL	1	LP off long pos Z first frame
GEMS_DL_IMG_01	0019xxE8	FL	1-n	LP off long pos Z increment
GEMS_DL_IMG_01	0019xxE9	FL	1-n	Source to detector distance per frame vector
GEMS_DL_IMG_01	0019xxEA	FL	1	Unknown
GEMS_DL_IMG_01	0019xxEB	FL	1	Unknown
GEMS_DL_IMG_01	0019xxEC	FL	1	Unknown
GEMS_DL_IMG_01	0019xxED	FL	1	Unknown
GEMS_DL_PATNT_01	0011xx80	UI	1	Patient Instance Uid
GEMS_DL_PATNT_01	0011xx81	IS	1	Last Study Number
GEMS_DL_PATNT_01	0011xx82	CS	1	Patient Repaired
GEMS_DL_PATNT_01	0011xx83	CS	1	Lock Demographics
GEMS_DL_SERIES	0015xx87	IS	1	Number of images
GEMS_DL_SERIES	0019xx0B	DS	1-2	fov dimension double
GEMS_DL_SERIES	0019xx31	IS	1	default spatial filter family
GEMS_DL_SERIES	0019xx32	IS	1	default spatial filter strength
GEMS_DL_SERIES	0019xx4B	IS	2	Detector origin
GEMS_DL_SERIES	0019xx4E	DS	2	def_bright_contr
GEMS_DL_SERIES	0019xx4F	DS	2	user_bright_contr
GEMS_DL_SERIES	0019xx81	US	1	Calibration frame
GEMS_DL_SERIES	0019xx82	CS	1	Calibration object
GEMS_DL_SERIES	0019xx83	DS	1	Calibration object size mm
GEMS_DL_SERIES	0019xx84	FL	1	Calibration factor
GEMS_DL_SERIES	0019xx85	DA	1	Calibration date
GEMS_DL_SERIES	0019xx86	TM	1	Calibration time
GEMS_DL_SERIES	0019xx87	US	1	Calibration accuracy
GEMS_DL_SERIES	0019xx88	CS	1	Calibration extended
GEMS_DL_SERIES	0019xx89	US	1	Calibration image original
GEMS_DL_SERIES	0019xx8A	US	1	Calibration frame original
GEMS_DL_SERIES	0019xx8B	US	1	Calibration nb points uif
GEMS_DL_SERIES	0019xx8C	US	1-n	Calibration points row
GEMS_DL_SERIES	0019xx8D	US	1-n	Calibration points column
GEMS_DL_SERIES	0019xx8E	FL	1	Calibration mag ratio
GEMS_DL_SERIES	0019xx8F	LO	1	Calibration sw version
GEMS_DL_SERIES	0019xx90	LO	1	Extend calib sw version
GEMS_DL_SERIES	0019xx91	IS	1	Calibration return code
GEMS_DL_SERIES	0019xx92	DS	1	detector_rot_angle
GEMS_DL_SERIES	0019xx93	CS	1	Spatial change
GEMS_DL_SERIES	0019xx95	CS	2	Image sweep
GEMS_DL_SERIES	0019xx97	DS	1-n	Angle 1 increment
GEMS_DL_SERIES	0019xx98	DS	1-n	Angle 2 increment
GEMS_DL_SERIES	0019xx99	DS	1-n	Angle 3 increment
GEMS_DL_SERIES	0019xx9A	DS	1-n	sensor feedback
GEMS_DL_SERIES	0019xx9D	CS	1	applicable review mode
GEMS_DL_SERIES	0019xx9E	DS	1-n	log LUT control points
GEMS_DL_SERIES	0019xx9F	DS	1-n	exp LUT SUB control points
GEMS_DL_SERIES	0019xxA0	DS	1	ABD value
GEMS_DL_SERIES	0019xxA1	DS	1	Sub window center
GEMS_DL_SERIES	0019xxA2	DS	1	Sub window width
GEMS_DL_SERIES	0019xxA4	CS	1	Auto injection enabled
GEMS_DL_SERIES	0019xxA5	CS	1	injection phase
GEMS_DL_SERIES	0019xxA6	DS	1	injection delay
GEMS_DL_SERIES	0019xxA7	IS	1	reference injection frame number
GEMS_DL_SERIES	0019xxA9	DS	1-n	EPT
GEMS_DL_SERIES	0019xxAA	CS	1	can downscan 512
GEMS_DL_SERIES	0019xxAB	IS	1	current spatial filter strength
GEMS_DL_SERIES	0019xxAD	DS	1-n	exp LUT NOSUB control points
GEMS_DL_SERIES	0019xxAE	LO	1-n	SUB operator LUTs names
GEMS_DL_SERIES	0019xxC4	IS	1	Default spatial filter family
GEMS_DL_SERIES	0019xxC5	FL	1	Preselected pivot rotation speed
GEMS_DL_SERIES	0019xxC7	CS	1	Patient position per image
GEMS_DL_SERIES	0019xxC8	CS	1	3D structure of interest
GEMS_DL_SERIES	0019xxC9	CS	1	3D calibration out of date flag
GEMS_DL_SERIES	0019xxCA	IS	1	3Dspin expected number of frames
GEMS_DL_SERIES	0019xxD4	FL	1	Detection gain value
GEMS_DL_SERIES	0019xxD5	FL	1	mR mAs calibration value
GEMS_DL_SERIES	0019xxDC	LO	1	DRM LUT file name
GEMS_DL_SERIES	0019xxDD	DS	1-n	DRM Strength
GEMS_DL_SERIES_01	0015xx85	LO	1	Series File Name
GEMS_DL_SERIES_01	0015xx87	IS	1	Number Of Images
GEMS_DL_SERIES_01	0015xx8C	CS	1	Sent Flag
GEMS_DL_SERIES_01	0015xx8D	US	1	Item Locked
GEMS_DL_SERIES_01	0019xx4C	CS	1	internal label
GEMS_DL_SERIES_01	0019xx4D	CS	1	browser hide
GEMS_DL_STUDY_01	0015xx80	DS	1	Study Dose
GEMS_DL_STUDY_01	0015xx81	DS	1	Study Total Dap
GEMS_DL_STUDY_01	0015xx82	DS	1	Study Fluoro Dap
GEMS_DL_STUDY_01	0015xx83	IS	1	Study Fluoro Time
GEMS_DL_STUDY_01	0015xx84	DS	1	Study Record Dap
GEMS_DL_STUDY_01	0015xx85	IS	1	Study Record Time
GEMS_DL_STUDY_01	0015xx86	IS	1	Last Xa Number
GEMS_DL_STUDY_01	0015xx88	PN	1	Default Operator Name
GEMS_DL_STUDY_01	0015xx89	PN	1	Default Performing Physician Name
GEMS_DL_STUDY_01	0015xx8A	CS	1	Default Patient Orientation
GEMS_DL_STUDY_01	0015xx8B	IS	1	Last Sc Number
GEMS_DL_STUDY_01	0015xx8E	UI	1	Common Series Instance Uid
GEMS_DL_STUDY_01	0015xx8F	IS	1	Study Number
GEMS_DL_STUDY_01	0015xx92	FL	1	Study dose Frontal
GEMS_DL_STUDY_01	0015xx93	FL	1	Study total dap Frontal
GEMS_DL_STUDY_01	0015xx94	FL	1	Study fluoro dap frontal
GEMS_DL_STUDY_01	0015xx95	IS	1	Study fluoro time frontal
GEMS_DL_STUDY_01	0015xx96	FL	1	Study record dap frontal
GEMS_DL_STUDY_01	0015xx97	IS	1	Study record time frontal
GEMS_DL_STUDY_01	0015xx98	FL	1	Study dose lateral
GEMS_DL_STUDY_01	0015xx99	FL	1	Study total dap lateral
GEMS_DL_STUDY_01	0015xx9A	FL	1	Study fluoro dap lateral
GEMS_DL_STUDY_01	0015xx9B	IS	1	Study fluoro time lateral
GEMS_DL_STUDY_01	0015xx9C	FL	1	Study record dap leteral
GEMS_DL_STUDY_01	0015xx9D	IS	1	Study record time lateral
GEMS_DRS_1	0037xx10	LO	1	Referring Department
GEMS_DRS_1	0037xx20	US	1	Screen Number
GEMS_DRS_1	0037xx40	SH	1	Left Orientation
GEMS_DRS_1	0037xx42	SH	1	Right Orientation
GEMS_DRS_1	0037xx50	CS	1	Inversion
GEMS_DRS_1	0037xx60	US	1	DSA
GEMS_FALCON_03	0045xx55	DS	8	A_Coefficients
GEMS_FALCON_03	0045xx62	IS	1	User Window Center
GEMS_FALCON_03	0045xx63	IS	1	User Window Width
GEMS_FALCON_03	0045xx65	IS	1	Requested Detector Entrance Dose
GEMS_FALCON_03	0045xx67	DS	3	VOI LUT Asymmetry parameter beta
GEMS_FALCON_03	0045xx69	IS	1	Collimator rotation
GEMS_FALCON_03	0045xx72	DS	1	Collimator Width
GEMS_FALCON_03	0045xx73	DS	1	Collimator Height
GEMS_FUNCTOOL_01	0051xx01	LO	1	Functional Proc Group Name
GEMS_FUNCTOOL_01	0051xx02	LO	1	Functional Processing Name
GEMS_FUNCTOOL_01	0051xx03	SL	1	Bias of Functional Image
GEMS_FUNCTOOL_01	0051xx04	FL	1	Scale of Functional Image
GEMS_FUNCTOOL_01	0051xx05	SL	1	Length of Parameters String
GEMS_FUNCTOOL_01	0051xx06	LT	1	Store Parameters string, delimited by character ESC=0x1B (27)
GEMS_FUNCTOOL_01	0051xx07	LO	1	Functional Image Version
GEMS_FUNCTOOL_01	0051xx08	SL	1	Store Color Ramp
GEMS_FUNCTOOL_01	0051xx09	SL	1	Store Width of Functional Image
GEMS_FUNCTOOL_01	0051xx0A	SL	1	Store level of Functional Image
GEMS_FUNCTOOL_01	0051xx0B	FL	1	Store B-Value with Functional Image
GEMS_FUNCTOOL_01	0051xx0C	LO	1	Analysis Package
GEMS_FUNCTOOL_01	0051xx0E	UN	1	Unknown
GEMS_GDXE_ATHENAV2_INTERNAL_USE	7FDFxx10	LT	1	PPS Stream
GEMS_GDXE_ATHENAV2_INTERNAL_USE	7FDFxx11	LT	1	Pixel Data References (temporary)
GEMS_GDXE_ATHENAV2_INTERNAL_USE	7FDFxx20	SS	1	Auto Push Tag
GEMS_GDXE_ATHENAV2_INTERNAL_USE	7FDFxx25	CS	1	PPS Status
GEMS_GDXE_FALCON_04	0011xx03	UI	1	Processed Series UID
GEMS_GDXE_FALCON_04	0011xx04	CS	1	Acquisition Type
GEMS_GDXE_FALCON_04	0011xx05	UI	1	Acquisition UID
GEMS_GDXE_FALCON_04	0011xx06	DS	1	Image Dose
GEMS_GDXE_FALCON_04	0011xx07	FL	1	Study Dose
GEMS_GDXE_FALCON_04	0011xx08	FL	1	Study DAP
GEMS_GDXE_FALCON_04	0011xx09	SL	1	Non-Digital Exposures
GEMS_GDXE_FALCON_04	0011xx10	SL	1	Total Exposures
GEMS_GDXE_FALCON_04	0011xx11	LT	1	ROI
GEMS_GDXE_FALCON_04	0011xx12	LT	1	Patient Size String
GEMS_GDXE_FALCON_04	0011xx13	UI	1	SPS UID
GEMS_GDXE_FALCON_04	0011xx14	UI	1	Unknown
GEMS_GDXE_FALCON_04	0011xx15	DS	1	Detector ARC Gain
GEMS_GDXE_FALCON_04	0011xx16	LT	1	Processing Debug Info
GEMS_GDXE_FALCON_04	0011xx17	CS	1	Override mode
GEMS_GDXE_FALCON_04	0011xx19	DS	1	Film Speed Selection
GEMS_GDXE_FALCON_04	0011xx27	UN	1	Unknown
GEMS_GDXE_FALCON_04	0011xx28	UN	1	Unknown
GEMS_GDXE_FALCON_04	0011xx29	UN	1	Unknown
GEMS_GDXE_FALCON_04	0011xx30	UN	1	Unknown
GEMS_GDXE_FALCON_04	0011xx31	IS	8	Detected Field of View
GEMS_GDXE_FALCON_04	0011xx32	IS	8	Adjusted Field of View
GEMS_GDXE_FALCON_04	0011xx33	DS	1	Detected Exposure Index
GEMS_GDXE_FALCON_04	0011xx34	DS	1	Compensated Detector Exposure
GEMS_GDXE_FALCON_04	0011xx35	DS	1	Uncompensated Detector Exposure
GEMS_GDXE_FALCON_04	0011xx36	DS	1	Median Anatomy Count Value
GEMS_GDXE_FALCON_04	0011xx37	DS	2	DEI lower and upper limit values
GEMS_GDXE_FALCON_04	0011xx38	SL	6	Shift Vector for Pasting
GEMS_GDXE_FALCON_04	0011xx39	CS	1	Image Number in Pasting
GEMS_GDXE_FALCON_04	0011xx40	SL	1	Pasting Overlap
GEMS_GDXE_FALCON_04	0011xx41	IS	24	Sub-image Collimator Vertices
GEMS_GDXE_FALCON_04	0011xx42	LO	1	View IP
GEMS_GDXE_FALCON_04	0011xx43	IS	24	Key-stone Coordinates
GEMS_GDXE_FALCON_04	0011xx44	CS	1	Receptor Type
GEMS_GDXE_FALCON_04	0011xx46	LO	1-n	Unknown
GEMS_GDXE_FALCON_04	0011xx47	DS	1	Unknown
GEMS_GENIE_1	0009xx01	SH	1	Unknown
GEMS_GENIE_1	0009xx10	LO	1	Study Name
GEMS_GENIE_1	0009xx11	SL	1	Study Flags
GEMS_GENIE_1	0009xx12	SL	1	Study Type
GEMS_GENIE_1	0009xx1E	UI	1	Dataset UID
GEMS_GENIE_1	0009xx20	LO	1	Series Object Name
GEMS_GENIE_1	0009xx21	SL	1	Series Flags
GEMS_GENIE_1	0009xx22	SH	1	User Orientation
GEMS_GENIE_1	0009xx23	SL	1	Initiation Type
GEMS_GENIE_1	0009xx24	SL	1	Initiation Delay
GEMS_GENIE_1	0009xx25	SL	1	Initiation Count Rate
GEMS_GENIE_1	0009xx26	SL	1	Number Energy Sets
GEMS_GENIE_1	0009xx27	SL	1	Number Detectors
GEMS_GENIE_1	0009xx28	SL	1	Number RR Windows
GEMS_GENIE_1	0009xx29	SL	1	Number MG Time Slots
GEMS_GENIE_1	0009xx2A	SL	1	Number View Sets
GEMS_GENIE_1	0009xx2B	LO	1	Trigger History UID
GEMS_GENIE_1	0009xx2C	LO	1	Series Comments
GEMS_GENIE_1	0009xx2D	SL	1	Track Beat Average
GEMS_GENIE_1	0009xx2E	FD	1	Distance Prescribed
GEMS_GENIE_1	0009xx2F	SL	1	Table Direction
GEMS_GENIE_1	0009xx30	LO	1	Unknown
GEMS_GENIE_1	0009xx33	FD	1	Rotational Continuous Speed
GEMS_GENIE_1	0009xx34	SL	1	Gantry Motion Type (retired)
GEMS_GENIE_1	0009xx35	SL	1	Gantry Locus Type
GEMS_GENIE_1	0009xx37	SL	1	Starting Heart Rate
GEMS_GENIE_1	0009xx38	SL	1	RR Window Width
GEMS_GENIE_1	0009xx39	SL	1	RR Window Offset
GEMS_GENIE_1	0009xx3A	SL	1	Percent Cycle Imaged
GEMS_GENIE_1	0009xx40	PN	1	Patient Object Name
GEMS_GENIE_1	0009xx41	SL	1	Patient Flags
GEMS_GENIE_1	0009xx42	DA	1	Patient Creation Date
GEMS_GENIE_1	0009xx43	TM	1	Patient Creation Time
GEMS_GENIE_1	0009xx44	SL	1	Num Views Acquired (retired)
GEMS_GENIE_1	0009xx45	LT	1	Unknown
GEMS_GENIE_1	0011xx0A	SL	1	Series Type
GEMS_GENIE_1	0011xx0B	SL	1	Effective Series Duration
GEMS_GENIE_1	0011xx0C	SL	1	Num Beats
GEMS_GENIE_1	0011xx0D	LO	1	Radio Nuclide Name
GEMS_GENIE_1	0011xx10	LO	1	Dataset Object Name
GEMS_GENIE_1	0011xx11	IS	1	Dataset Modified
GEMS_GENIE_1	0011xx12	LO	1-n	Dataset Name
GEMS_GENIE_1	0011xx13	SL	1	Dataset Type
GEMS_GENIE_1	0011xx14	SH	1	Completion Time
GEMS_GENIE_1	0011xx15	SL	1	Detector Number
GEMS_GENIE_1	0011xx16	SL	1	Energy Number
GEMS_GENIE_1	0011xx17	SL	1	RR Interval Window Number
GEMS_GENIE_1	0011xx18	SL	1	MG Bin Number
GEMS_GENIE_1	0011xx19	FD	1	Radius Of Rotation
GEMS_GENIE_1	0011xx1A	SL	1	Detector Count Zone
GEMS_GENIE_1	0011xx1B	SL	1	Num Energy Windows
GEMS_GENIE_1	0011xx1C	SL	4	Energy Offset
GEMS_GENIE_1	0011xx1D	SL	1	Energy Range
GEMS_GENIE_1	0011xx1E	SL	4	Energy Width (retired)
GEMS_GENIE_1	0011xx1F	SL	1	Image Orientation
GEMS_GENIE_1	0011xx21	DS	1	Acq Zoom (retired)
GEMS_GENIE_1	0011xx22	DS	1	Acq Pan (retired)
GEMS_GENIE_1	0011xx23	SL	1	Use FOV Mask
GEMS_GENIE_1	0011xx24	SL	1	FOV Mask Y Cutoff Distance
GEMS_GENIE_1	0011xx25	SL	1	FOV Mask Cutoff Angle
GEMS_GENIE_1	0011xx26	SL	1	Table Orientation
GEMS_GENIE_1	0011xx27	SL	2	ROI Top Left
GEMS_GENIE_1	0011xx28	SL	2	ROI Bottom Right
GEMS_GENIE_1	0011xx29	SL	1	Uniformity Mean
GEMS_GENIE_1	0011xx2A	FD	1	Phase Duration (retired)
GEMS_GENIE_1	0011xx2C	FD	1	View X Adjustment
GEMS_GENIE_1	0011xx2D	FD	1	View Y Adjustment
GEMS_GENIE_1	0011xx2E	SL	1	Pixel Overflow Flag
GEMS_GENIE_1	0011xx2F	SL	1	Overflow Level
GEMS_GENIE_1	0011xx30	LO	1	Picture Object Name
GEMS_GENIE_1	0011xx31	LO	1	Acquisition Parent UID
GEMS_GENIE_1	0011xx32	LO	1	Processing Parent UID
GEMS_GENIE_1	0011xx33	LO	1	Energy Correct Name
GEMS_GENIE_1	0011xx34	LO	1	Spatial Correct Name
GEMS_GENIE_1	0011xx35	LO	1	Tuning Calib Name
GEMS_GENIE_1	0011xx36	LO	1	Uniformity Correct Name
GEMS_GENIE_1	0011xx37	LT	1	Acquisition Specific Correction Name
GEMS_GENIE_1	0011xx38	SL	1	Byte Order
GEMS_GENIE_1	0011xx39	SL	1	Compression Type
GEMS_GENIE_1	0011xx3A	SL	1	Picture Format
GEMS_GENIE_1	0011xx3B	FD	1	Pixel Scale
GEMS_GENIE_1	0011xx3C	FD	1	Pixel Offset
GEMS_GENIE_1	0011xx3D	SL	4	Energy Peak (retired)
GEMS_GENIE_1	0011xx3E	SL	1	FOV Shape
GEMS_GENIE_1	0011xx3F	SL	1	Dataset Flags
GEMS_GENIE_1	0011xx40	LO	1	Viewing Object Name
GEMS_GENIE_1	0011xx41	SL	1	Orientation Angle
GEMS_GENIE_1	0011xx42	FD	1	Rotation Angle
GEMS_GENIE_1	0011xx43	SL	1	Window Inverse Flag
GEMS_GENIE_1	0011xx44	FD	1	Threshold Center
GEMS_GENIE_1	0011xx45	FD	1	Threshold Width
GEMS_GENIE_1	0011xx46	SL	1	Interpolation Type
GEMS_GENIE_1	0011xx50	LO	1	Where Object Name
GEMS_GENIE_1	0011xx55	FD	1	Period
GEMS_GENIE_1	0011xx56	FD	1	Elapsed Time
GEMS_GENIE_1	0011xx57	FD	2	FOV
GEMS_GENIE_1	0011xx61	SL	1	Image Size
GEMS_GENIE_1	0011xx62	FD	1	Linear FOV
GEMS_GENIE_1	0011xx63	FD	1	Spatial Offset
GEMS_GENIE_1	0011xx64	FD	1	Spatial Orientation
GEMS_GENIE_1	0011xx65	LO	1	Reference Dataset UID
GEMS_GENIE_1	0011xx66	SH	1	Starcam Reference Dataset
GEMS_GENIE_1	0011xx67	SL	1	Reference Frame Number
GEMS_GENIE_1	0011xx68	SL	1	Cursor Length
GEMS_GENIE_1	0011xx69	SL	1	Number of Cursors
GEMS_GENIE_1	0011xx6A	SL	1	Cursor Coordinates
GEMS_GENIE_1	0011xx6B	SL	1	Recon Options Flag
GEMS_GENIE_1	0011xx6C	FD	1	Motion Threshold
GEMS_GENIE_1	0011xx6D	UI	1	Motion Curve UID
GEMS_GENIE_1	0011xx6E	SL	1	Recon Type
GEMS_GENIE_1	0011xx6F	SL	1	Pre Filter Type
GEMS_GENIE_1	0011xx71	SL	1	Back Proj Filter Type
GEMS_GENIE_1	0011xx72	SL	1	Recon Arc
GEMS_GENIE_1	0011xx73	FD	1	Recon Pan AP Offset
GEMS_GENIE_1	0011xx74	FD	1	Recon Pan LR Offset
GEMS_GENIE_1	0011xx75	FD	1	Recon Area
GEMS_GENIE_1	0011xx76	SL	1	Start View
GEMS_GENIE_1	0011xx77	SL	1	Attenuation Type
GEMS_GENIE_1	0011xx78	SL	1	Dual Energy Processing
GEMS_GENIE_1	0011xx79	SH	1	Pre Filter Param
GEMS_GENIE_1	0011xx7A	SH	1	Pre Filter Param 2
GEMS_GENIE_1	0011xx7B	SH	1	Back Proj Filter Param
GEMS_GENIE_1	0011xx7C	SH	1	Back Proj Filter Param 2
GEMS_GENIE_1	0011xx7D	SH	1	Attenuation Coef
GEMS_GENIE_1	0011xx7E	SL	1	Ref Slice Width
GEMS_GENIE_1	0011xx7F	FD	1	Ref Trans Pixel Volume
GEMS_GENIE_1	0011xx81	SH	1	Attenuation Threshold
GEMS_GENIE_1	0011xx82	FD	1	Interpolation Distance
GEMS_GENIE_1	0011xx83	FD	1	Interpolation Center X
GEMS_GENIE_1	0011xx84	FD	1	Interpolation Center Y
GEMS_GENIE_1	0011xx85	SL	1	Quant Filter Flag
GEMS_GENIE_1	0011xx86	SL	1	Head Conversion
GEMS_GENIE_1	0011xx87	SL	1	Slice Width Pixels
GEMS_GENIE_1	0011xx88	SL	1	Rfmtr Trans Ref
GEMS_GENIE_1	0011xx89	FD	1	Rfmtr Trans Ref mm
GEMS_GENIE_1	0011xx8A	SL	1	Two Line Trans Ref
GEMS_GENIE_1	0011xx8B	SL	1	Three-D Zero
GEMS_GENIE_1	0011xx8C	SL	1	Three-D Zero Length
GEMS_GENIE_1	0011xx8D	SL	1	Three-D Zero In
GEMS_GENIE_1	0013xx10	FD	2	Digital FOV
GEMS_GENIE_1	0013xx11	SL	1	Source Translator
GEMS_GENIE_1	0013xx12	UL	1	RAL Flags
GEMS_GENIE_1	0013xx13	SQ	1	Xeleris Frame Sequence
GEMS_GENIE_1	0013xx14	SL	1	Original Image Num
GEMS_GENIE_1	0013xx15	FD	1	Fscalar
GEMS_GENIE_1	0013xx16	SL	1	AutoTrack Peak
GEMS_GENIE_1	0013xx17	SL	1	AutoTrack Width
GEMS_GENIE_1	0013xx18	FD	1	Transmission Scan Time
GEMS_GENIE_1	0013xx19	FD	1	Transmission Mask Width
GEMS_GENIE_1	0013xx1A	FD	1	Copper Attenuator Thickness
GEMS_GENIE_1	0013xx1B	FD	1	Det Ang Separation
GEMS_GENIE_1	0013xx1C	SL	1	Axial Acceptance Angle
GEMS_GENIE_1	0013xx1D	SL	1	Theta Acceptance Value
GEMS_GENIE_1	0013xx1E	FD	1-n	Tomo View Offset
GEMS_GENIE_1	0013xx20	FD	1	Accepted Beats Time
GEMS_GENIE_1	0013xx21	FD	2	Threshold
GEMS_GENIE_1	0013xx22	FD	2	Linear Depth
GEMS_GENIE_1	0013xx23	LO	1	Unif Date Time
GEMS_GENIE_1	0013xx24	SL	1	Series Accepted Beats
GEMS_GENIE_1	0013xx25	SL	1	Series Rejected Beats
GEMS_GENIE_1	0013xx26	LT	1	Study Comments
GEMS_GENIE_1	0015xx10	SL	1	Frame Termination Condition
GEMS_GENIE_1	0015xx11	SL	1	Frame Termination Value
GEMS_GENIE_1	0015xx12	SL	1	Num ECT Phases
GEMS_GENIE_1	0015xx13	SL	1	Num WB Scans
GEMS_GENIE_1	0015xx14	SL	1	ECT Phase Num
GEMS_GENIE_1	0015xx15	SL	1	WB Scan Num
GEMS_GENIE_1	0015xx16	SL	1	Comb Head Number
GEMS_GENIE_1	0015xx17	UL	1	Preceding Beat
GEMS_GENIE_1	0019xx5F	SQ	1	Unknown
GEMS_GENIE_1	0033xx07	SQ	1-n	Orig SOP Instance UID
GEMS_GENIE_1	0033xx08	CS	1	Xeleris Data Object Type
GEMS_GENIE_1	0033xx10	SL	1	Modified
GEMS_GENIE_1	0033xx11	LO	1	Name
GEMS_GENIE_1	0033xx16	LO	1	ProtocolDataUID
GEMS_GENIE_1	0033xx17	SH	1	Date
GEMS_GENIE_1	0033xx18	SH	1	Time
GEMS_GENIE_1	0033xx19	UL	1	ProtocoldataFlags
GEMS_GENIE_1	0033xx1A	UL	1	ProtocolName
GEMS_GENIE_1	0033xx1B	LO	1	RelevantDataUID
GEMS_GENIE_1	0033xx1C	LO	1	BulkData
GEMS_GENIE_1	0033xx1D	SL	1-n	IntData
GEMS_GENIE_1	0033xx1E	FD	1-n	DoubleData
GEMS_GENIE_1	0033xx1F	OB	1	StringData
GEMS_GENIE_1	0033xx20	LT	1-n	BulkDataFormat
GEMS_GENIE_1	0033xx21	LT	1-n	IntDataFormat
GEMS_GENIE_1	0033xx22	LT	1-n	DoubleDataFormat
GEMS_GENIE_1	0033xx23	LT	1-n	StringDataFormat
GEMS_GENIE_1	0033xx24	LT	1	Description
GEMS_GENIE_1	0033xx30	UL	1	Allocate trigger buffer
GEMS_GENIE_1	0033xx33	UL	1	Number of triggers
GEMS_GENIE_1	0033xx34	UL	1	Trigger size
GEMS_GENIE_1	0033xx35	UL	1	Trigger data size
GEMS_GENIE_1	0033xx36	OB	1-n	Trigger data
GEMS_GENIE_1	0035xx01	FD	1-n	Start Angle
GEMS_GENIE_1	0055xx12	SQ	1	Xeleris Energy Window Information Sequence
GEMS_GENIE_1	0055xx13	SQ	1	Xeleris Energy Window Range Sequence
GEMS_GENIE_1	0055xx22	SQ	1	Xeleris Detector Information Sequence
GEMS_GENIE_1	0055xx52	SQ	1	Xeleris Rotation Information Sequence
GEMS_GENIE_1	0055xx62	SQ	1	Xeleris Gated Information Sequence
GEMS_GENIE_1	0055xx63	SQ	1	Xeleris Data Information Sequence
GEMS_GENIE_1	0055xx64	SQ	1	SDODoubleData SQ
GEMS_GENIE_1	0055xx65	SQ	1	Unknown
GEMS_GENIE_1	5001xx01	SL	1	Modified
GEMS_GENIE_1	5001xx02	LO	1	Name
GEMS_GENIE_1	5001xx03	SL	1	Cid
GEMS_GENIE_1	5001xx04	SL	1	Srid
GEMS_GENIE_1	5001xx05	LO	1	SOPClassUID
GEMS_GENIE_1	5001xx06	LO	1	SOPInstanceUID
GEMS_GENIE_1	5001xx07	SL	1	CurveType
GEMS_GENIE_1	5001xx08	SL	1	GraphType
GEMS_GENIE_1	5001xx09	LO	1	Legend
GEMS_GENIE_1	5001xx0A	LO	1	XUnits
GEMS_GENIE_1	5001xx0B	LO	1	YUnits
GEMS_GENIE_1	5001xx0C	SL	1	Edit
GEMS_GENIE_1	5001xx0D	SL	1	Suspend
GEMS_GENIE_1	5001xx0E	SL	1	StyleLine
GEMS_GENIE_1	5001xx0F	SL	1	StyleFill
GEMS_GENIE_1	5001xx10	LO	1	StyleColour
GEMS_GENIE_1	5001xx11	SL	1	StyleWidth
GEMS_GENIE_1	5001xx12	SL	1	StylePoint
GEMS_GENIE_1	5001xx13	LO	1	StylePColour
GEMS_GENIE_1	5001xx14	SL	1	StylePSize
GEMS_GENIE_1	5001xx15	SL	1	Segments
GEMS_GENIE_1	5001xx16	SL	1	SegType
GEMS_GENIE_1	5001xx17	FD	1-n	SegStart
GEMS_GENIE_1	5001xx18	FD	1-n	SegEnd
GEMS_GENIE_1	5001xx19	SL	1-n	SegStyleLine
GEMS_GENIE_1	5001xx1A	SL	1-n	SegStyleFill
GEMS_GENIE_1	5001xx1B	LO	1	SegStyleColour
GEMS_GENIE_1	5001xx1C	SL	1-n	SegStyleWidth
GEMS_GENIE_1	5001xx1D	SL	1-n	SegStylePoint
GEMS_GENIE_1	5001xx1E	SL	1	SegStylePColour
GEMS_GENIE_1	5001xx1F	SL	1	SegStylePSize
GEMS_GENIE_1	5001xx20	LO	1	SegName
GEMS_GENIE_1	5001xx21	SL	1-n	SegAllowDirInt
GEMS_GENIE_1	5001xx22	SL	1	TextAnnots
GEMS_GENIE_1	5001xx23	FD	1-n	TxtX
GEMS_GENIE_1	5001xx24	FD	1-n	TxtY
GEMS_GENIE_1	5001xx25	LO	1	TxtText
GEMS_GENIE_1	5001xx26	LO	1	TxtName
GEMS_GENIE_1	5001xx30	LO	1	ROIName
GEMS_GENIE_1	5001xx31	LO	1	DerivedFromImageUID
GEMS_GENIE_1	5001xx32	SL	1-n	DerivedFromImages
GEMS_GENIE_1	5001xx33	UL	1	CurveFlags
GEMS_GENIE_1	5001xx34	LO	1	CurveName
GEMS_GENIE_1	5001xx35	LO	1	DatasetName
GEMS_GENIE_1	5001xx36	LO	1	CurveUID
GEMS_GENIE_1	5001xx37	FD	1	ROIArea
GEMS_GENIE_1	5001xx38	SL	1	Modified
GEMS_GENIE_1	5001xx39	LO	1	Name
GEMS_GENIE_1	5001xx3A	LO	1	Software version
GEMS_GENIE_1	5001xx3B	SH	1	StartDate
GEMS_GENIE_1	5001xx3C	SH	1	CompletionDate
GEMS_GENIE_1	5001xx3D	LO	1	DetectorName
GEMS_GENIE_1	5001xx41	SL	1	Modified
GEMS_GENIE_1	5001xx42	LO	1	Name
GEMS_GENIE_1	5001xx43	SL	1	Name
GEMS_GENIE_1	5001xx44	SL	1	Name
GEMS_GENIE_1	5001xx45	LO	1	SOPClassUID
GEMS_GENIE_1	5001xx46	LO	1	SOPInstanceUID
GEMS_GENIE_1	5001xx47	LO	1	NormalColor
GEMS_GENIE_1	5001xx48	LT	1	NameFont
GEMS_GENIE_1	5001xx49	SL	1	FillPattern
GEMS_GENIE_1	5001xx4A	SL	1	LineStyle
GEMS_GENIE_1	5001xx4B	SL	1	LineDashLength
GEMS_GENIE_1	5001xx4C	SL	1	LineThickness
GEMS_GENIE_1	5001xx4D	SL	1	Interactivity
GEMS_GENIE_1	5001xx4E	SL	1	NamePos
GEMS_GENIE_1	5001xx4F	SL	1	NameDisplay
GEMS_GENIE_1	5001xx50	LO	1	Label
GEMS_GENIE_1	5001xx51	SL	1-n	BpSeg
GEMS_GENIE_1	5001xx52	US	1-n	BpSegPairs
GEMS_GENIE_1	5001xx53	SL	1	SeedSpace
GEMS_GENIE_1	5001xx54	FD	1-n	Seeds
GEMS_GENIE_1	5001xx55	SL	1-n	Shape
GEMS_GENIE_1	5001xx56	FD	1-n	ShapeTilt
GEMS_GENIE_1	5001xx59	SL	1-n	ShapePtsSpace
GEMS_GENIE_1	5001xx5A	SL	1-n	ShapeCtrlPtsCounts
GEMS_GENIE_1	5001xx5B	FD	1-n	ShapeCtrlPts
GEMS_GENIE_1	5001xx5C	SL	1	ShapeCPSpace
GEMS_GENIE_1	5001xx5D	SL	1	ROIFlags
GEMS_GENIE_1	5001xx5E	SL	1	FrameNumber
GEMS_GENIE_1	5001xx5F	SL	1	Id
GEMS_GENIE_1	5001xx60	LO	1-n	DatasetROIMapping
GEMS_GNHD_01	0033xx01	UN	1	Unknown
GEMS_GNHD_01	0033xx02	UN	1	Unknown
GEMS_HELIOS_01	0045xx01	SS	1	Number of Macro Rows in Detector
GEMS_HELIOS_01	0045xx02	FL	1	Macro width at ISO Center
GEMS_HELIOS_01	0045xx03	SS	1	DAS type
GEMS_HELIOS_01	0045xx04	SS	1	DAS gain
GEMS_HELIOS_01	0045xx05	SS	1	DAS Temperature
GEMS_HELIOS_01	0045xx06	CS	1	Table Direction
GEMS_HELIOS_01	0045xx07	FL	1	Z smoothing Factor
GEMS_HELIOS_01	0045xx08	SS	1	View Weighting Mode
GEMS_HELIOS_01	0045xx09	SS	1	Sigma Row number
GEMS_HELIOS_01	0045xx0A	FL	1	Minimum DAS value
GEMS_HELIOS_01	0045xx0B	FL	1	Maximum Offset Value
GEMS_HELIOS_01	0045xx0C	SS	1	Number of Views shifted
GEMS_HELIOS_01	0045xx0D	SS	1	Z tracking Flag
GEMS_HELIOS_01	0045xx0E	FL	1	Mean Z error
GEMS_HELIOS_01	0045xx0F	FL	1	Z tracking Error
GEMS_HELIOS_01	0045xx10	SS	1	Start View 2A
GEMS_HELIOS_01	0045xx11	SS	1	Number of Views 2A
GEMS_HELIOS_01	0045xx12	SS	1	Start View 1A
GEMS_HELIOS_01	0045xx13	SS	1	Sigma Mode
GEMS_HELIOS_01	0045xx14	SS	1	Number of Views 1A
GEMS_HELIOS_01	0045xx15	SS	1	Start View 2B
GEMS_HELIOS_01	0045xx16	SS	1	Number Views 2B
GEMS_HELIOS_01	0045xx17	SS	1	Start View 1B
GEMS_HELIOS_01	0045xx18	SS	1	Number of Views 1B
GEMS_HELIOS_01	0045xx19	SS	1	Air Calibration Date
GEMS_HELIOS_01	0045xx1A	SS	1	Air Calibration Time
GEMS_HELIOS_01	0045xx1B	SS	1	Phantom Calibration Date
GEMS_HELIOS_01	0045xx1C	SS	1	Phantom Calibration Time
GEMS_HELIOS_01	0045xx1D	SS	1	Z Slope Calibration Date
GEMS_HELIOS_01	0045xx1E	SS	1	Z Slope Calibration Time
GEMS_HELIOS_01	0045xx1F	SS	1	Cross Talk Calibration Date
GEMS_HELIOS_01	0045xx20	SS	1	Cross Talk Calibration Time
GEMS_HELIOS_01	0045xx21	SS	1	Iterbone Flag
GEMS_HELIOS_01	0045xx22	SS	1	Peristaltic Flag
GEMS_HELIOS_01	0045xx30	CS	1	CardiacReconAlgorithm
GEMS_HELIOS_01	0045xx31	CS	1	AvgHeartRateForImage
GEMS_HELIOS_01	0045xx32	FL	1	Temporal Resolution
GEMS_HELIOS_01	0045xx33	CS	1	PctRpeakDelay
GEMS_HELIOS_01	0045xx34	CS	1	ActualPctRpeakDelay
GEMS_HELIOS_01	0045xx36	CS	1	EkgFullMaStartPhase
GEMS_HELIOS_01	0045xx37	CS	1	EkgFullMaEndPhase
GEMS_HELIOS_01	0045xx38	CS	1	EkgModulationMaxMa
GEMS_HELIOS_01	0045xx39	CS	1	EkgModulationMinMa
GEMS_HELIOS_01	0045xx3B	LO	1	Noise Reduction Image Filter Description
GEMS_HELIOS_01	0045xx3F	IS	1	RPeakTimeDelay
GEMS_HELIOS_01	0045xx44	IS	1	ActualRPeakTimeDelay
GEMS_HELIOS_01	0045xx45	ST	1	CardiacScanOptions
GEMS_HELIOS_01	0045xx50	FD	1	Temporal Center View Angle
GEMS_HELIOS_01	0045xx51	FD	1	Recon Center View Angle
GEMS_HELIOS_01	0045xx52	CS	1	WideCone Masking
GEMS_HELIOS_01	0045xx53	FD	1	WideCone Corner Blending Radius
GEMS_HELIOS_01	0045xx54	FD	1	WideCone Corner Blending Radius Offset
GEMS_HELIOS_01	0045xx55	CS	1	Internal Recon Algorithm
GEMS_HINO_CT_01	004Bxx01	DS	1-n	Beam Thickness
GEMS_HINO_CT_01	004Bxx02	DS	1-n	R Time
GEMS_HINO_CT_01	004Bxx03	IS	1	HBC number
GEMS_IDEN_01	000910xx	LO	1	Private Element Creator
GEMS_IDEN_01	0009xx01	LO	1	Full fidelity
GEMS_IDEN_01	0009xx02	SH	1	Suite id
GEMS_IDEN_01	0009xx04	SH	1	Product id
GEMS_IDEN_01	0009xx17	LT	1	Series Description
GEMS_IDEN_01	0009xx1A	US	1	Unknown
GEMS_IDEN_01	0009xx20	US	1	Unknown
GEMS_IDEN_01	0009xx27	SL	1	Image actual date
GEMS_IDEN_01	0009xx2F	SH	1	Unknown
GEMS_IDEN_01	0009xx30	SH	1	Service id
GEMS_IDEN_01	0009xx31	SH	1	Mobile location number
GEMS_IDEN_01	0009xxE2	LT	1-n	Image Type (ORIGINAL\PROSPECTIVE ...)
GEMS_IDEN_01	0009xxE3	UI	1	Equipment UID
GEMS_IDEN_01	0009xxE6	SH	1	Genesis Version - now
GEMS_IDEN_01	0009xxE7	UL	1	Exam Record checksum
GEMS_IDEN_01	0009xxE8	SH	1	Series Suite Id
GEMS_IDEN_01	0009xxE9	SL	1	Actual series data time stamp
GEMS_IMAG_01	002710xx	LO	1	Private Element Creator
GEMS_IMAG_01	0027xx06	SL	1	Image archive flag
GEMS_IMAG_01	0027xx10	SS	1	Scout Type
GEMS_IMAG_01	0027xx1C	SL	1	Vma mamp
GEMS_IMAG_01	0027xx1D	SS	1	Vma phase
GEMS_IMAG_01	0027xx1E	SL	1	Vma mod
GEMS_IMAG_01	0027xx1F	SL	1	Vma clip
GEMS_IMAG_01	0027xx20	SS	1	Smart scan ON/OFF flag
GEMS_IMAG_01	0027xx30	SH	1	Foreign Image Revision
GEMS_IMAG_01	0027xx31	SS	1	Imaging Mode
GEMS_IMAG_01	0027xx32	SS	1	Pulse Sequence
GEMS_IMAG_01	0027xx33	SL	1	Imaging Options
GEMS_IMAG_01	0027xx35	SS	1	Plane Type
GEMS_IMAG_01	0027xx36	SL	1	Oblique Plane
GEMS_IMAG_01	0027xx40	SH	1	RAS letter of image location
GEMS_IMAG_01	0027xx41	FL	1	Image location
GEMS_IMAG_01	0027xx42	FL	1	Center R coord of plane image
GEMS_IMAG_01	0027xx43	FL	1	Center A coord of plane image
GEMS_IMAG_01	0027xx44	FL	1	Center S coord of plane image
GEMS_IMAG_01	0027xx45	FL	1	Normal R coord
GEMS_IMAG_01	0027xx46	FL	1	Normal A coord
GEMS_IMAG_01	0027xx47	FL	1	Normal S coord
GEMS_IMAG_01	0027xx48	FL	1	R Coord of Top Right Corner
GEMS_IMAG_01	0027xx49	FL	1	A Coord of Top Right Corner
GEMS_IMAG_01	0027xx4A	FL	1	S Coord of Top Right Corner
GEMS_IMAG_01	0027xx4B	FL	1	R Coord of Bottom Right Corner
GEMS_IMAG_01	0027xx4C	FL	1	A Coord of Bottom Right Corner
GEMS_IMAG_01	0027xx4D	FL	1	S Coord of Bottom Right Corner
GEMS_IMAG_01	0027xx50	FL	1	Scan Start Location
GEMS_IMAG_01	0027xx51	FL	1	Scan End Location
GEMS_IMAG_01	0027xx52	SH	1	RAS letter for side of image
GEMS_IMAG_01	0027xx53	SH	1	RAS letter for anterior/posterior
GEMS_IMAG_01	0027xx54	SH	1	RAS letter for scout start loc
GEMS_IMAG_01	0027xx55	SH	1	RAS letter for scout end loc
GEMS_IMAG_01	0027xx60	FL	1	Image dimension - X
GEMS_IMAG_01	0027xx61	FL	1	Image dimension - Y
GEMS_IMAG_01	0027xx62	FL	1	Number of Excitations
GEMS_IMAG_01	0029xx15	SL	1	Lower range of Pixels1
GEMS_IMAG_01	0029xx16	SL	1	Lower range of Pixels1
GEMS_IMAG_01	0029xx17	SL	1	Lower range of Pixels2
GEMS_IMAG_01	0029xx18	SL	1	Upper range of Pixels2
GEMS_IMAG_01	0029xx1A	SL	1	Len of tot hdr in bytes No longer supported
GEMS_IMAG_01	0029xx26	SS	1	Version of the hdr struct
GEMS_IMAG_01	0029xx34	SL	1	Advantage comp. Overflow
GEMS_IMAG_01	0029xx35	SL	1	Advantage comp. Underflow
GEMS_IMPS_01	002910xx	LO	1	Private Element Creator
GEMS_IMPS_01	0029xx04	SL	1	Lower range of Pixels1
GEMS_IMPS_01	0029xx05	DS	1	Lower range of Pixels1
GEMS_IMPS_01	0029xx06	DS	1	Lower range of Pixels1
GEMS_IMPS_01	0029xx07	SL	1	Lower range of Pixels1
GEMS_IMPS_01	0029xx08	SH	1	Lower range of Pixels1
GEMS_IMPS_01	0029xx09	SH	1	Lower range of Pixels1
GEMS_IMPS_01	0029xx0A	SS	1	Lower range of Pixels1
GEMS_IMPS_01	0029xx15	SL	1	Lower range of Pixels1
GEMS_IMPS_01	0029xx16	SL	1	Upper range of Pixels1
GEMS_IMPS_01	0029xx17	SL	1	Lower range of Pixels2
GEMS_IMPS_01	0029xx18	SL	1	Upper range of Pixels2
GEMS_IMPS_01	0029xx1A	SL	1	Len of tot hdr in bytes
GEMS_IMPS_01	0029xx26	SS	1	Version of the hdr struct
GEMS_IMPS_01	0029xx34	SL	1	Advantage comp. Overflow
GEMS_IMPS_01	0029xx35	SL	1	Advantage comp. Underflow
GEMS_IMPS_01	0043xx13	SS	5	Decon kernel parameters
GEMS_IQTB_IDEN_47	0047xx01	SH	1	Image Path
GEMS_IQTB_IDEN_47	0047xx02	UL	1	Image Date/Time
GEMS_IQTB_IDEN_47	0047xx03	UL	1	Queue Sequence Number
GEMS_IQTB_IDEN_47	0047xx04	UL	1	Recon Sequence ID
GEMS_IT_US_REPORT	0045xx11	OW	1	Vivid excel file
GEMS_IT_US_REPORT	0045xx12	OW	1	Vivid CHM file
GEMS_IT_US_REPORT	0045xx13	OW	1	Vivid PDF file
GEMS_LUNAR_RAW	7003xx01	ST	1	enCORE File Name
GEMS_LUNAR_RAW	7003xx02	OB	1	enCORE File Data
GEMS_LUNAR_RAW	7003xx03	UL	1	enCORE File Length
GEMS_LUNAR_RAW	7003xx04	LO	1	enCORE File Modified Time
GEMS_MR_RAW_01	7001xx01	OB	1	rdb_hdr_rec
GEMS_MR_RAW_01	7001xx02	OB	1	rdb_hdr_per_pass_tab
GEMS_MR_RAW_01	7001xx03	OB	1	rdb_hdr_unlock_raw
GEMS_MR_RAW_01	7001xx04	OB	1	rdb_hdr_data_acq_tab
GEMS_MR_RAW_01	7001xx05	OB	1	rdb_hdr_nex_tab
GEMS_MR_RAW_01	7001xx06	OB	1	rdb_hdr_nex_abort_tab
GEMS_MR_RAW_01	7001xx07	OB	1	rdb_hdr_tool
GEMS_MR_RAW_01	7001xx08	OB	1	rdb_raw_data
GEMS_MR_RAW_01	7001xx09	OB	1	SSP save
GEMS_MR_RAW_01	7001xx0A	OB	1	UDA save
GEMS_MR_RAW_01	7001xx0B	OB	1	rdb_chemsat_data
GEMS_PARM_01	004310xx	LO	1	Private Element Creator
GEMS_PARM_01	0043xx01	SS	1	Bitmap of prescan options
GEMS_PARM_01	0043xx02	SS	1	Gradient offset in X
GEMS_PARM_01	0043xx03	SS	1	Gradient offset in Y
GEMS_PARM_01	0043xx04	SS	1	Gradient offset in Z
GEMS_PARM_01	0043xx05	SS	1	Img is original or unoriginal
GEMS_PARM_01	0043xx06	SS	1	Number of EPI shots
GEMS_PARM_01	0043xx07	SS	1	Views per segment
GEMS_PARM_01	0043xx08	SS	1	Respiratory rate, bpm
GEMS_PARM_01	0043xx09	SS	1	Respiratory trigger point
GEMS_PARM_01	0043xx0A	SS	1	Type of receiver used
GEMS_PARM_01	0043xx0B	DS	1	DB/dt Peak rate of change of gradient field
GEMS_PARM_01	0043xx0C	DS	1	dB/dt Limits in units of percent
GEMS_PARM_01	0043xx0D	DS	1	PSD estimated limit
GEMS_PARM_01	0043xx0E	DS	1	PSD estimated limit in tesla per second
GEMS_PARM_01	0043xx0F	DS	1	Saravghead
GEMS_PARM_01	0043xx10	US	1	Window value
GEMS_PARM_01	0043xx11	US	1	Total input views
GEMS_PARM_01	0043xx12	SS	3	X-ray chain
GEMS_PARM_01	0043xx13	SS	5	Decon kernel parameters
GEMS_PARM_01	0043xx14	SS	3	Calibration parameters
GEMS_PARM_01	0043xx15	SS	3	Total output views
GEMS_PARM_01	0043xx16	SS	5	Number of overranges
GEMS_PARM_01	0043xx17	DS	1	IBH image scale factors
GEMS_PARM_01	0043xx18	DS	3	BBH coefficients
GEMS_PARM_01	0043xx19	SS	1	Number of BBH chains to blend
GEMS_PARM_01	0043xx1A	SL	1	Starting channel number
GEMS_PARM_01	0043xx1B	SS	1	Ppscan parameters
GEMS_PARM_01	0043xx1C	SS	1	GE image integrity
GEMS_PARM_01	0043xx1D	SS	1	Level value
GEMS_PARM_01	0043xx1E	DS	1	Delta Start Time [msec]
GEMS_PARM_01	0043xx1F	SL	1	Max overranges in a view
GEMS_PARM_01	0043xx20	DS	1	Avg overranges all views
GEMS_PARM_01	0043xx21	SS	1	Corrected after glow terms
GEMS_PARM_01	0043xx25	SS	6	Reference channels
GEMS_PARM_01	0043xx26	US	6	No views ref chans blocked
GEMS_PARM_01	0043xx27	SH	1	Scan Pitch Ratio
GEMS_PARM_01	0043xx28	OB	1	Unique image iden
GEMS_PARM_01	0043xx29	OB	1	Histogram tables
GEMS_PARM_01	0043xx2A	OB	1	User defined data
GEMS_PARM_01	0043xx2B	SS	4	Private Scan Options
GEMS_PARM_01	0043xx2C	SS	1	Effective echo spacing
GEMS_PARM_01	0043xx2D	SH	1	Filter Mode (String slop field 1 in legacy GE MR
GEMS_PARM_01	0043xx2E	SH	1	String slop field 2
GEMS_PARM_01	0043xx2F	SS	1	Image Type (real, imaginary, phase, magnitude)
GEMS_PARM_01	0043xx30	SS	1	Vas collapse flag
GEMS_PARM_01	0043xx31	DS	2	Recon Center Coordinates
GEMS_PARM_01	0043xx32	SS	1	Vas flags
GEMS_PARM_01	0043xx33	FL	1	Neg_scanspacing
GEMS_PARM_01	0043xx34	IS	1	Offset Frequency
GEMS_PARM_01	0043xx35	UL	1	User_usage_tag
GEMS_PARM_01	0043xx36	UL	1	User_fill_map_MSW
GEMS_PARM_01	0043xx37	UL	1	User_fill_map_LSW
GEMS_PARM_01	0043xx38	FL	24	User data 25...User data 48 {User48=Effective Resolution for spiral}
GEMS_PARM_01	0043xx39	IS	4	Slop_int_6... slop_int_9
GEMS_PARM_01	0043xx40	FL	4	Trigger on position
GEMS_PARM_01	0043xx41	FL	4	Degree of rotation
GEMS_PARM_01	0043xx42	SL	4	DAS trigger source
GEMS_PARM_01	0043xx43	SL	4	DAS fpa gain
GEMS_PARM_01	0043xx44	SL	4	DAS output source
GEMS_PARM_01	0043xx45	SL	4	DAS ad input
GEMS_PARM_01	0043xx46	SL	4	DAS cal mode
GEMS_PARM_01	0043xx47	SL	4	DAS cal frequency
GEMS_PARM_01	0043xx48	SL	4	DAS reg xm
GEMS_PARM_01	0043xx49	SL	4	DAS auto zero
GEMS_PARM_01	0043xx4A	SS	4	Starting channel of view
GEMS_PARM_01	0043xx4B	SL	4	DAS xm pattern
GEMS_PARM_01	0043xx4C	SS	4	TGGC trigger mode
GEMS_PARM_01	0043xx4D	FL	4	Start scan to X-ray on delay
GEMS_PARM_01	0043xx4E	FL	4	Duration of X-ray on
GEMS_PARM_01	0043xx60	IS	8	Slop_int_10...slop_int_17
GEMS_PARM_01	0043xx61	UI	1	Scanner Study Entity UID
GEMS_PARM_01	0043xx62	SH	1	Scanner Study ID
GEMS_PARM_01	0043xx63	SH	1	Raw Data ID
GEMS_PARM_01	0043xx64	CS	1-n	Image Filter
GEMS_PARM_01	0043xx65	US	1	Motion Correction Indicator
GEMS_PARM_01	0043xx66	US	1	Helical Correction Indicator
GEMS_PARM_01	0043xx67	US	1	IBO Correction Indicator
GEMS_PARM_01	0043xx68	US	1	XT Correction Indicator
GEMS_PARM_01	0043xx69	US	1	Q-cal Correction Indicator
GEMS_PARM_01	0043xx6A	US	1	AV Correction Indicator
GEMS_PARM_01	0043xx6B	US	1	L-MDK Correction Indicator
GEMS_PARM_01	0043xx6C	IS	1	Detector Row
GEMS_PARM_01	0043xx6D	IS	1	Area Size
GEMS_PARM_01	0043xx6E	SH	1	Auto mA Mode
GEMS_PARM_01	0043xx6F	DS	3-4	Scanner Table Entry (single gradient coil systems only)/Scanner Table Entry + Gradient Coil Selected
GEMS_PARM_01	0043xx70	LO	1	Paradigm Name
GEMS_PARM_01	0043xx71	ST	1	Paradigm Description
GEMS_PARM_01	0043xx72	UI	1	Paradigm UID
GEMS_PARM_01	0043xx73	US	1	Experiment Type
GEMS_PARM_01	0043xx74	US	1	#rest volumes
GEMS_PARM_01	0043xx75	US	1	#active volumes
GEMS_PARM_01	0043xx76	US	1	#dummy scans
GEMS_PARM_01	0043xx77	SH	1	Application Name
GEMS_PARM_01	0043xx78	SH	1	Application Version
GEMS_PARM_01	0043xx79	US	1	Slices Per Volume
GEMS_PARM_01	0043xx7A	US	1	Expected Time Points
GEMS_PARM_01	0043xx7B	FL	1-n	Regressor Values
GEMS_PARM_01	0043xx7C	FL	1	Delay after slice group
GEMS_PARM_01	0043xx7D	US	1	Recon mode flag word
GEMS_PARM_01	0043xx7E	LO	1-n	PACC specific information
GEMS_PARM_01	0043xx7F	DS	1-n	Reserved
GEMS_PARM_01	0043xx80	LO	1-n	Coil ID Data
GEMS_PARM_01	0043xx81	LO	1	GE Coil Name
GEMS_PARM_01	0043xx82	LO	1-n	System Configuration Information
GEMS_PARM_01	0043xx83	DS	1-2	Asset R Factors
GEMS_PARM_01	0043xx84	LO	5	Additional Asset Data
GEMS_PARM_01	0043xx85	UT	1	Debug Data (text format)
GEMS_PARM_01	0043xx86	OB	1	Debug Data (binary format)
GEMS_PARM_01	0043xx87	UT	1	Reserved
GEMS_PARM_01	0043xx88	UI	1	PURE Acquisition Calibration Series UID
GEMS_PARM_01	0043xx89	LO	3	Governing Body, dB/dt, and SAR definition
GEMS_PARM_01	0043xx8A	CS	1	Private In-Plane Phase Encoding Direction
GEMS_PARM_01	0043xx8B	OB	1	FMRI Binary Data Block
GEMS_PARM_01	0043xx8C	DS	6	Voxel Location
GEMS_PARM_01	0043xx8D	DS	7-7n	SAT Band Locations
GEMS_PARM_01	0043xx8E	DS	3	Spectro Prescan Values
GEMS_PARM_01	0043xx8F	DS	3	Spectro Parameters
GEMS_PARM_01	0043xx90	LO	1-n	SAR Definition
GEMS_PARM_01	0043xx91	DS	1-n	SAR value
GEMS_PARM_01	0043xx92	LO	1	Image Error Text
GEMS_PARM_01	0043xx93	DS	1-n	Spectro Quantitation Values
GEMS_PARM_01	0043xx94	DS	1-n	Spectro Ratio Values
GEMS_PARM_01	0043xx95	LO	1	Prescan Reuse String
GEMS_PARM_01	0043xx96	CS	1	Content Qualification
GEMS_PARM_01	0043xx97	LO	8	Image Filtering Parameters
GEMS_PARM_01	0043xx98	UI	1	ASSET Acquisition Calibration Series UID
GEMS_PARM_01	0043xx99	LO	1-n	Extended Options
GEMS_PARM_01	0043xx9A	IS	1	Rx Stack Identification
GEMS_PARM_01	0043xx9B	DS	1	NPW factor
GEMS_PARM_01	0043xx9C	OB	1	Research Tag 1
GEMS_PARM_01	0043xx9D	OB	1	Research Tag 2
GEMS_PARM_01	0043xx9E	OB	1	Research Tag 3
GEMS_PARM_01	0043xx9F	OB	1	Research Tag 4
GEMS_PARM_01	0043xxA0	SQ	1	Spectroscopy Pixel Sequence
GEMS_PARM_01	0043xxA1	SQ	1	Spectroscopy Default Display Sequence
GEMS_PARM_01	0043xxA2	DS	1-n	MEG Data
GEMS_PARM_01	0043xxA3	CS	1	ASL Contrast technique
GEMS_PARM_01	0043xxA4	LO	1	Detailed text for ASL labeling technique
GEMS_PARM_01	0043xxA5	IS	1	Duration of the label or control pulse
GEMS_PARM_01	0051xx0A	SL	1	Store level of Functional Image
GEMS_PARM_01	0051xx0B	FL	1	Store B-Value with Functional Image
GEMS_PARM_01	2001xx10	UI	1	DICOM Implementation UID
GEMS_PARM_01	2001xx11	SH	1	DICOM Implementation Version
GEMS_PARM_01	2001xx12	UI	1	Within-DICOM-Implementation SOP Instance UID
GEMS_PARM_01	2001xx13	SH	1	Application Name
GEMS_PARM_01	2001xx14	SH	1	Application Version
GEMS_PARM_01	2001xx15	SH	1	Compatibility Version
GEMS_PARM_01	2001xx21	UI	1-n	Referenced Series UID
GEMS_PARM_01	2001xx31	US	1	Number of Objects Averaged
GEMS_PARM_01	2001xx41	US	1	Number of Expected Time Points
GEMS_PARM_01	2001xx51	US	1	Number of Slices Per Volume
GEMS_PARM_01	2001xx60	US	1	BW Image Type
GEMS_PARM_01	2001xx61	US	1	Experiment Type
GEMS_PARM_01	2001xx71	UI	1	Paradigm UID
GEMS_PARM_01	2001xx72	LO	1	Paradigm Name
GEMS_PARM_01	2001xx73	ST	1	Paradigm Description
GEMS_PARM_01	2001xx80	OB	1	Contrast
GEMS_PARM_01	2001xx81	FL	1-n	Regressor Values
GEMS_PARM_01	2001xx86	US	1	Number of Degrees of Freedom
GEMS_PARM_01	2001xx8A	FL	1	Z Threshold
GEMS_PARM_01	2001xx8B	FL	1	p Threshold
GEMS_PARM_01	2001xx90	OB	1	Processing parameters
GEMS_PARM_01	2001xx91	OB	1	Motion Plot
GEMS_PARM_01	2001xx92	OB	1	ROIs
GEMS_PARM_01	2001xx93	OB	1	Tracts
GEMS_PARM_01	2001xx94	OB	1	Report
GEMS_PARM_01	2001xx95	OB	1	Response Data
GEMS_PARM_01	2001xxA0	FL	1-n	Motion Parameters
GEMS_PARM_01	2001xxA1	FL	1-n	Registration Parameters
GEMS_PARM_01	2001xxA2	FL	1-n	Subject Data
GEMS_PARM_01	2001xxB0	OB	1	DTI Parameters
GEMS_PARM_01	2001xxC0	OB	1	Paradigm Info
GEMS_PATI_01	001110xx	LO	1	Private Element Creator
GEMS_PATI_01	0011xx10	SS	1	Patient Status
GEMS_PETD_01	0009xx01	LO	2	GE Discovery PET Implementation Version Name
GEMS_PETD_01	0009xx02	LO	1	PET patient_id
GEMS_PETD_01	0009xx03	SH	1	PET compatible_version
GEMS_PETD_01	0009xx04	SH	1	GE Advance Patient.software_version
GEMS_PETD_01	0009xx05	DT	1	PET patient_datetime
GEMS_PETD_01	0009xx06	SL	1	PET type
GEMS_PETD_01	0009xx07	UI	1	PET exam_id
GEMS_PETD_01	0009xx08	SH	1	PET compatible_version
GEMS_PETD_01	0009xx09	SH	1	PET software_version
GEMS_PETD_01	0009xx0A	UI	1	PET scan_id
GEMS_PETD_01	0009xx0B	SH	1	PET compatible_version
GEMS_PETD_01	0009xx0C	SH	1	PET software_version
GEMS_PETD_01	0009xx0D	DT	1	PET scan_datetime
GEMS_PETD_01	0009xx0E	DT	1	PET scan_ready
GEMS_PETD_01	0009xx0F	ST	1	PET scan_description
GEMS_PETD_01	0009xx10	LO	1	PET hospital_name
GEMS_PETD_01	0009xx11	LO	1	PET scanner_desc
GEMS_PETD_01	0009xx12	LO	1	PET manufacturer
GEMS_PETD_01	0009xx13	UI	1	PET for_identifier
GEMS_PETD_01	0009xx14	LO	1	PET landmark_name
GEMS_PETD_01	0009xx15	SH	1	PET landmark_abbrev
GEMS_PETD_01	0009xx16	SL	1	PET patient_position
GEMS_PETD_01	0009xx17	SL	1	PET scan_perspective
GEMS_PETD_01	0009xx18	SL	1	PET scan_type
GEMS_PETD_01	0009xx19	SL	1	PET scan_mode
GEMS_PETD_01	0009xx1A	SL	1	PET start_condition
GEMS_PETD_01	0009xx1B	SL	1	PET start_cond_data
GEMS_PETD_01	0009xx1C	SL	1	PET sel_stop_cond
GEMS_PETD_01	0009xx1D	SL	1	PET sel_stop_cond_data
GEMS_PETD_01	0009xx1E	SL	1	PET collect_deadtime
GEMS_PETD_01	0009xx1F	SL	1	PET collect_singles
GEMS_PETD_01	0009xx20	SL	1	PET collect_countrate
GEMS_PETD_01	0009xx21	SL	1	PET countrate_period
GEMS_PETD_01	0009xx22	SL	1	PET delayed_events
GEMS_PETD_01	0009xx23	SL	1	PET delayed_bias
GEMS_PETD_01	0009xx24	SL	1	PET word_size
GEMS_PETD_01	0009xx25	SL	1	PET axial_acceptance
GEMS_PETD_01	0009xx26	SL	1	PET axial_angle_3d
GEMS_PETD_01	0009xx27	SL	1	PET theta_compression
GEMS_PETD_01	0009xx28	SL	1	PET axial_compression
GEMS_PETD_01	0009xx29	FL	1	PET gantry_tilt_angle
GEMS_PETD_01	0009xx2A	SL	1	PET collimation
GEMS_PETD_01	0009xx2B	SL	1	PET scan_fov
GEMS_PETD_01	0009xx2C	SL	1	PET axial_fov
GEMS_PETD_01	0009xx2D	SL	1	PET event_separation
GEMS_PETD_01	0009xx2E	SL	1	PET mask_width
GEMS_PETD_01	0009xx2F	SL	1	PET binning_mode
GEMS_PETD_01	0009xx30	SL	1	PET trig_rej_method
GEMS_PETD_01	0009xx31	SL	1	PET number_for_reject
GEMS_PETD_01	0009xx32	SL	1	PET lower_reject_limit
GEMS_PETD_01	0009xx33	SL	1	PET upper_reject_limit
GEMS_PETD_01	0009xx34	SL	1	PET triggers_acquired
GEMS_PETD_01	0009xx35	SL	1	PET triggers_rejected
GEMS_PETD_01	0009xx36	LO	1	PET tracer_name
GEMS_PETD_01	0009xx37	LO	1	PET batch_description
GEMS_PETD_01	0009xx38	FL	1	PET tracer_activity
GEMS_PETD_01	0009xx39	DT	1	PET meas_datetime
GEMS_PETD_01	0009xx3A	FL	1	PET pre_inj_volume
GEMS_PETD_01	0009xx3B	DT	1	PET admin_datetime
GEMS_PETD_01	0009xx3C	FL	1	PET post_inj_activity
GEMS_PETD_01	0009xx3D	DT	1	PET post_inj_datetime
GEMS_PETD_01	0009xx3E	SH	1	PET radionuclide_name
GEMS_PETD_01	0009xx3F	FL	1	PET half_life
GEMS_PETD_01	0009xx40	FL	1	PET positron_fraction
GEMS_PETD_01	0009xx41	SL	1	PET source1_holder
GEMS_PETD_01	0009xx42	FL	1	PET source1_activity
GEMS_PETD_01	0009xx43	DT	1	PET source1_meas_dt
GEMS_PETD_01	0009xx44	SH	1	PET source1_radnuclide
GEMS_PETD_01	0009xx45	FL	1	PET source1_half_life
GEMS_PETD_01	0009xx46	SL	1	PET source2_holder
GEMS_PETD_01	0009xx47	FL	1	PET source2_activity
GEMS_PETD_01	0009xx48	DT	1	PET source2_meas_dt
GEMS_PETD_01	0009xx49	SH	1	PET source2_radnuclide
GEMS_PETD_01	0009xx4A	FL	1	PET source2_half_life
GEMS_PETD_01	0009xx4B	SL	1	PET source_speed
GEMS_PETD_01	0009xx4C	FL	1	PET source_location
GEMS_PETD_01	0009xx4D	SL	1	PET emission_present
GEMS_PETD_01	0009xx4E	SL	1	PET lower_axial_acc
GEMS_PETD_01	0009xx4F	SL	1	PET upper_axial_acc
GEMS_PETD_01	0009xx50	SL	1	PET lower_coinc_limit
GEMS_PETD_01	0009xx51	SL	1	PET upper_coinc_limit
GEMS_PETD_01	0009xx52	SL	1	PET coinc_delay_offset
GEMS_PETD_01	0009xx53	SL	1	PET coinc_output_mode
GEMS_PETD_01	0009xx54	SL	1	PET upper_energy_limit
GEMS_PETD_01	0009xx55	SL	1	PET lower_energy_limit
GEMS_PETD_01	0009xx56	UI	1	PET normal_cal_id
GEMS_PETD_01	0009xx57	UI	1	PET normal_2d_cal_id
GEMS_PETD_01	0009xx58	UI	1	PET blank_cal_id
GEMS_PETD_01	0009xx59	UI	1	PET wc_cal_id
GEMS_PETD_01	0009xx5A	SL	1	PET derived
GEMS_PETD_01	0009xx5B	LO	1	PET contrast_agent
GEMS_PETD_01	0009xx5C	UI	1	PET frame_id
GEMS_PETD_01	0009xx5D	UI	1	PET scan_id
GEMS_PETD_01	0009xx5E	UI	1	PET exam_id
GEMS_PETD_01	0009xx5F	LO	1	PET patient_id
GEMS_PETD_01	0009xx60	SH	1	PET compatible_version
GEMS_PETD_01	0009xx61	SH	1	PET software_version
GEMS_PETD_01	0009xx62	ST	1	PET where_is_frame
GEMS_PETD_01	0009xx63	SL	1	PET frame_size
GEMS_PETD_01	0009xx64	SL	1	PET file_exists
GEMS_PETD_01	0009xx65	SL	1	PET patient_entry
GEMS_PETD_01	0009xx66	FL	1	PET table_height
GEMS_PETD_01	0009xx67	FL	1	PET table_z_position
GEMS_PETD_01	0009xx68	DT	1	PET landmark_datetime
GEMS_PETD_01	0009xx69	SL	1	PET slice_count
GEMS_PETD_01	0009xx6A	FL	1	PET start_location
GEMS_PETD_01	0009xx6B	SL	1	PET acq_delay
GEMS_PETD_01	0009xx6C	DT	1	PET acq_start
GEMS_PETD_01	0009xx6D	SL	1	PET acq_duration
GEMS_PETD_01	0009xx6E	SL	1	PET acq_bin_dur
GEMS_PETD_01	0009xx6F	SL	1	PET acq_bin_start
GEMS_PETD_01	0009xx70	SL	1	PET actual_stop_cond
GEMS_PETD_01	0009xx71	FD	1	PET total_prompts
GEMS_PETD_01	0009xx72	FD	1	PET total_delays
GEMS_PETD_01	0009xx73	SL	1	PET frame_valid
GEMS_PETD_01	0009xx74	SL	1	PET validity_info
GEMS_PETD_01	0009xx75	SL	1	PET archived
GEMS_PETD_01	0009xx76	SL	1	PET compression
GEMS_PETD_01	0009xx77	SL	1	PET uncompressed_size
GEMS_PETD_01	0009xx78	SL	1	PET accum_bin_dur
GEMS_PETD_01	0009xx79	SH	1	PET compatible_version
GEMS_PETD_01	0009xx7A	SH	1	PET software_version
GEMS_PETD_01	0009xx7B	DT	1	PET is_datetime
GEMS_PETD_01	0009xx7C	SL	1	PET is_source
GEMS_PETD_01	0009xx7D	SL	1	PET is_contents
GEMS_PETD_01	0009xx7E	SL	1	PET is_type
GEMS_PETD_01	0009xx7F	DS	3	PET is_reference
GEMS_PETD_01	0009xx80	SL	1	PET multi_patient
GEMS_PETD_01	0009xx81	SL	1	PET number_of_normals
GEMS_PETD_01	0009xx82	UI	1	PET color_map_id
GEMS_PETD_01	0009xx83	SL	1	PET window_level_type
GEMS_PETD_01	0009xx84	FL	1	PET rotate
GEMS_PETD_01	0009xx85	SL	1	PET flip
GEMS_PETD_01	0009xx86	FL	1	PET zoom
GEMS_PETD_01	0009xx87	SL	1	PET pan_x
GEMS_PETD_01	0009xx88	SL	1	PET pan_y
GEMS_PETD_01	0009xx89	FL	1	PET window_level_min
GEMS_PETD_01	0009xx8A	FL	1	PET window_level_max
GEMS_PETD_01	0009xx8B	SL	1	PET recon_method
GEMS_PETD_01	0009xx8C	SL	1	PET attenuation
GEMS_PETD_01	0009xx8D	FL	1	PET atten_coefficient
GEMS_PETD_01	0009xx8E	SL	1	PET bp_filter
GEMS_PETD_01	0009xx8F	FL	1	PET bp_filter_cutoff
GEMS_PETD_01	0009xx90	SL	1	PET bp_filter_order
GEMS_PETD_01	0009xx91	FL	1	PET bp_center_l
GEMS_PETD_01	0009xx92	FL	1	PET bp_center_p
GEMS_PETD_01	0009xx93	SL	1	PET atten_smooth
GEMS_PETD_01	0009xx94	SL	1	PET atten_smooth_param
GEMS_PETD_01	0009xx95	SL	1	PET angle_smooth_param
GEMS_PETD_01	0009xx96	UI	1	PET wellcountercal_id
GEMS_PETD_01	0009xx97	UI	1	PET trans_scan_id
GEMS_PETD_01	0009xx98	UI	1	PET norm_cal_id
GEMS_PETD_01	0009xx99	UI	1	PET blnk_cal_id
GEMS_PETD_01	0009xx9A	FL	1	PET cac_edge_threshold
GEMS_PETD_01	0009xx9B	FL	1	PET cac_skull_offset
GEMS_PETD_01	0009xx9C	UI	1	PET emiss_sub_id
GEMS_PETD_01	0009xx9D	SL	1	PET radial_filter_3d
GEMS_PETD_01	0009xx9E	FL	1	PET radial_cutoff_3d
GEMS_PETD_01	0009xx9F	SL	1	PET axial_filter_3d
GEMS_PETD_01	0009xxA0	FL	1	PET axial_cutoff_3d
GEMS_PETD_01	0009xxA1	FL	1	PET axial_start
GEMS_PETD_01	0009xxA2	FL	1	PET axial_spacing
GEMS_PETD_01	0009xxA3	SL	1	PET axial_angles_used
GEMS_PETD_01	0009xxA4	SH	1	PET compatible_version
GEMS_PETD_01	0009xxA5	SH	1	PET software_version
GEMS_PETD_01	0009xxA6	SL	1	PET slice_number
GEMS_PETD_01	0009xxA7	FL	1	PET total_counts
GEMS_PETD_01	0009xxA8	OB	1	PET other_atts
GEMS_PETD_01	0009xxA9	SL	1	PET other_atts_size
GEMS_PETD_01	0009xxAA	SL	1	PET archived
GEMS_PETD_01	0009xxAB	FL	1	PET bp_center_x
GEMS_PETD_01	0009xxAC	FL	1	PET bp_center_y
GEMS_PETD_01	0009xxAD	UI	1	PET trans_frame_id
GEMS_PETD_01	0009xxAE	UI	1	PET tpluse_frame_id
GEMS_PETD_01	0009xxB1	FL	1	PET profile_spacing
GEMS_PETD_01	0009xxB2	SL	1	PET ir_num_iterations
GEMS_PETD_01	0009xxB3	SL	1	PET ir_num_subsets
GEMS_PETD_01	0009xxB4	FL	1	PET ir_recon_fov
GEMS_PETD_01	0009xxB5	SL	1	PET ir_corr_model
GEMS_PETD_01	0009xxB6	SL	1	PET ir_loop_filter
GEMS_PETD_01	0009xxB7	FL	1	PET ir_pre_filt_parm
GEMS_PETD_01	0009xxB8	SL	1	PET ir_loop_filt_parm
GEMS_PETD_01	0009xxB9	FL	1	PET response_filt_parm
GEMS_PETD_01	0009xxBA	SL	1	PET post_filter
GEMS_PETD_01	0009xxBB	FL	1	PET post_filt_parm
GEMS_PETD_01	0009xxBC	SL	1	PET ir_regularize
GEMS_PETD_01	0009xxBD	FL	1	PET regularize_parm
GEMS_PETD_01	0009xxBE	SL	1	PET ac_bp_filter
GEMS_PETD_01	0009xxBF	FL	1	PET ac_bp_filt_cut_off
GEMS_PETD_01	0009xxC0	SL	1	PET ac_bp_filt_order
GEMS_PETD_01	0009xxC1	SL	1	PET ac_img_smooth
GEMS_PETD_01	0009xxC2	FL	1	PET ac_img_smooth_parm
GEMS_PETD_01	0009xxC3	SL	1	PET scatter_method
GEMS_PETD_01	0009xxC4	SL	1	PET scatter_num_iter
GEMS_PETD_01	0009xxC5	FL	1	PET scatter_parm
GEMS_PETD_01	0009xxC6	FL	1	PET seg_qc_parm
GEMS_PETD_01	0009xxC7	SL	1	PET overlap
GEMS_PETD_01	0009xxC8	UI	1	PET ovlp_frm_id
GEMS_PETD_01	0009xxC9	UI	1	PET ovlp_trans_frm_id
GEMS_PETD_01	0009xxCA	UI	1	PET ovlp_tpulse_frm_id
GEMS_PETD_01	0009xxCB	FL	1	PET vqc_x_axis_trans
GEMS_PETD_01	0009xxCC	FL	1	PET vqc_x_axis_tilt
GEMS_PETD_01	0009xxCD	FL	1	PET vqc_y_axis_trans
GEMS_PETD_01	0009xxCE	FL	1	PET vqc_y_axis_swivel
GEMS_PETD_01	0009xxCF	FL	1	PET vqc_z_axis_trans
GEMS_PETD_01	0009xxD0	FL	1	PET vqc_z_axis_roll
GEMS_PETD_01	0009xxD1	LO	1	PET ctac_conv_scale
GEMS_PETD_01	0009xxD2	UI	1	PET image_set_id
GEMS_PETD_01	0009xxD3	SL	1	PET constrast_route
GEMS_PETD_01	0009xxD4	LO	1	PET ctac_conv_scale
GEMS_PETD_01	0009xxD5	FL	1	PET loop_filter_parm
GEMS_PETD_01	0009xxD6	FL	1	PET image_one_loc
GEMS_PETD_01	0009xxD7	FL	1	PET image_index_loc
GEMS_PETD_01	0009xxD8	SL	1	PET frame_number
GEMS_PETD_01	0009xxD9	SL	1	PET list_file_exists
GEMS_PETD_01	0009xxDA	ST	1	PET where_is_list_frame
GEMS_PETD_01	0009xxDB	SL	1	PET ir_z_filter_flag
GEMS_PETD_01	0009xxDC	FL	1	PET ir_z_filter_ratio
GEMS_PETD_01	0009xxDD	US	1	PET num_of_rr_interval
GEMS_PETD_01	0009xxDE	US	1	PET num_of_time_slots
GEMS_PETD_01	0009xxDF	US	1	PET num_of_slices
GEMS_PETD_01	0009xxE0	US	1	PET num_of_time_slices
GEMS_PETD_01	0009xxE1	SL	1	PET unlisted_scan
GEMS_PETD_01	0009xxE2	SL	1	PET rest_stress
GEMS_PETD_01	0009xxE3	FL	1	PET phase percentage
GEMS_PETD_01	0009xxE4	ST	1	Recon Protocol
GEMS_PETD_01	0009xxE5	FL	1	PET left shift
GEMS_PETD_01	0009xxE6	FL	1	PET posterior shift
GEMS_PETD_01	0009xxE7	FL	1	PET superior shift
GEMS_PETD_01	0009xxE8	SL	1	PET acq_bin_num
GEMS_PETD_01	0009xxE9	FL	1	PET acq_bin_dur_percent
GEMS_PETD_01	0009xxEA	SL	1	3D Filter flag
GEMS_PETD_01	0009xxEB	FL	1	3D Filter cutoff
GEMS_PETD_01	0009xxEC	SL	1	3D Filter order
GEMS_PETD_01	0009xxF0	UI	1	Reformat group
GEMS_PETD_01	0011xx01	SQ	1	GE Advance ROI Sequence
GEMS_PETD_01	0011xx02	UI	1	GE Advance ROI.roi_id
GEMS_PETD_01	0011xx03	UI	1	GE Advance ROI.image_id
GEMS_PETD_01	0011xx04	SH	1	GE Advance ROI.compatible_version
GEMS_PETD_01	0011xx05	SH	1	GE Advance ROI.software_version
GEMS_PETD_01	0011xx06	LO	1	GE Advance ROI.roi_name
GEMS_PETD_01	0011xx07	DT	1	GE Advance ROI.roi_datetime
GEMS_PETD_01	0011xx08	SL	1	GE Advance ROI.roi_type
GEMS_PETD_01	0011xx09	FL	1	GE Advance ROI.center_x
GEMS_PETD_01	0011xx0A	FL	1	GE Advance ROI.center_y
GEMS_PETD_01	0011xx0B	FL	1	GE Advance ROI.width
GEMS_PETD_01	0011xx0C	FL	1	GE Advance ROI.height
GEMS_PETD_01	0011xx0D	FL	1	GE Advance ROI.angle
GEMS_PETD_01	0011xx0E	SL	1	GE Advance ROI.number_of_points
GEMS_PETD_01	0011xx0F	OB	1	GE Advance ROI.roi_data
GEMS_PETD_01	0011xx10	SL	1	GE Advance ROI.roi_size
GEMS_PETD_01	0011xx11	LO	1	GE Advance ROI.color
GEMS_PETD_01	0011xx12	SL	1	GE Advance ROI.line_type
GEMS_PETD_01	0011xx13	SL	1	GE Advance ROI.line_width
GEMS_PETD_01	0011xx14	SL	1	GE Advance ROI.roi_number
GEMS_PETD_01	0011xx15	SL	1	GE Advance ROI.convex
GEMS_PETD_01	0011xx16	SL	1	GE Advance ROI.atten_corr_flag
GEMS_PETD_01	0011xx18	OB	1	Unknown
GEMS_PETD_01	0013xx01	SQ	1	GE Advance Annotation Sequence
GEMS_PETD_01	0013xx02	UI	1	GE Advance Annotation.annotation_id
GEMS_PETD_01	0013xx03	UI	1	GE Advance Annotation.image_id
GEMS_PETD_01	0013xx04	SH	1	GE Advance Annotation.compatible_version
GEMS_PETD_01	0013xx05	SH	1	GE Advance Annotation.software_version
GEMS_PETD_01	0013xx06	SL	1	GE Advance Annotation.type
GEMS_PETD_01	0013xx07	LO	1	GE Advance Annotation.font_name
GEMS_PETD_01	0013xx08	SH	1	GE Advance Annotation.font_size
GEMS_PETD_01	0013xx09	LO	1	GE Advance Annotation.foreground_color
GEMS_PETD_01	0013xx0A	LO	1	GE Advance Annotation.background_color
GEMS_PETD_01	0013xx0B	SL	1	GE Advance Annotation.coordinate_system
GEMS_PETD_01	0013xx0C	FL	1	GE Advance Annotation.start_x
GEMS_PETD_01	0013xx0D	FL	1	GE Advance Annotation.start_y
GEMS_PETD_01	0013xx0E	FL	1	GE Advance Annotation.end_x
GEMS_PETD_01	0013xx0F	FL	1	GE Advance Annotation.end_y
GEMS_PETD_01	0013xx10	SL	1	GE Advance Annotation.start_symbol
GEMS_PETD_01	0013xx11	SL	1	GE Advance Annotation.end_symbol
GEMS_PETD_01	0013xx12	OB	1	GE Advance Annotation.annotation_data
GEMS_PETD_01	0013xx13	SL	1	GE Advance Annotation.annotation_size
GEMS_PETD_01	0013xx14	LO	1	GE Advance Annotation.label_id
GEMS_PETD_01	0017xx01	UI	1	PET correction_cal_id
GEMS_PETD_01	0017xx02	SH	1	PET compatible_version
GEMS_PETD_01	0017xx03	SH	1	PET software_version
GEMS_PETD_01	0017xx04	DT	1	PET cal_datetime
GEMS_PETD_01	0017xx05	LO	1	PET cal_description
GEMS_PETD_01	0017xx06	SL	1	PET cal_type
GEMS_PETD_01	0017xx07	ST	1	PET where_is_corr
GEMS_PETD_01	0017xx08	SL	1	PET corr_file_size
GEMS_PETD_01	0017xx09	LO	1	PET scan_id
GEMS_PETD_01	0017xx0A	DT	1	PET scan_datetime
GEMS_PETD_01	0017xx0B	LO	1	PET norm_2d_cal_id
GEMS_PETD_01	0017xx0C	SH	1	PET hosp_identifier
GEMS_PETD_01	0017xx0D	SL	1	PET archived
GEMS_PETD_01	0019xx01	UI	1	PET wc_cal_id
GEMS_PETD_01	0019xx02	SH	1	PET compatible_version
GEMS_PETD_01	0019xx03	SH	1	PET software_version
GEMS_PETD_01	0019xx04	DT	1	PET cal_datetime
GEMS_PETD_01	0019xx05	SL	1	PET cal_type
GEMS_PETD_01	0019xx06	LO	1	PET cal_description
GEMS_PETD_01	0019xx07	LO	1	PET cal_hardware
GEMS_PETD_01	0019xx08	OB	1	PET coefficients
GEMS_PETD_01	0019xx09	FL	1	PET activity_factor_hr
GEMS_PETD_01	0019xx0A	FL	1	PET activity_factor_hs
GEMS_PETD_01	0019xx0B	FL	1	PET activity_factor_3d
GEMS_PETD_01	0019xx0C	LO	1	PET scan_id
GEMS_PETD_01	0019xx0D	DT	1	PET scan_datetime
GEMS_PETD_01	0019xx0E	SH	1	PET hosp_identifier
GEMS_PETD_01	0019xx0F	FL	1	PET meas_activity
GEMS_PETD_01	0019xx10	DT	1	PET meas_datetime
GEMS_PETD_01	0019xx11	SL	1	PET axial_filter_3d
GEMS_PETD_01	0019xx12	FL	1	PET axial_cutoff_3d
GEMS_PETD_01	0019xx13	SL	1	PET default_flag
GEMS_PETD_01	0019xx14	SL	1	PET archived
GEMS_PETD_01	0019xx15	SL	1	PET wc_cal_rec_method
GEMS_PETD_01	0019xx16	SL	1	PET activity_factor_2d
GEMS_PETD_01	0019xx17	SL	1	PET isotope
GEMS_PETD_01	0021xx01	US	1	PET raw_data_type
GEMS_PETD_01	0021xx02	UL	1	PET raw_data_size
GEMS_PETD_01	0023xx01	OB	1	raw_data_blob
GEMS_PETD_01	0023xx02	OB	1	PET raw_data_blob
GEMS_PETD_01	5001xx01	UI	1	GE Advance Curve.curve_id
GEMS_PETD_01	5001xx02	SH	1	GE Advance Curve.compatible_version
GEMS_PETD_01	5001xx03	SH	1	GE Advance Curve.software_version
GEMS_PETD_01	5001xx04	SL	1	GE Advance Curve.statistics_type
GEMS_PETD_01	5001xx05	LT	1	GE Advance Curve.how_derived
GEMS_PETD_01	5001xx06	SL	1	GE Advance Curve.how_derived_size
GEMS_PETD_01	5001xx07	SL	1	GE Advance Curve.multi_patient
GEMS_PETD_01	5001xx08	SL	1	GE Advance Curve.deadtime
GEMS_PETD_01	5003xx01	SQ	1	GE Advance Graph Sequence
GEMS_PETD_01	5003xx02	UI	1	GE Advance Graph.graph_id
GEMS_PETD_01	5003xx03	SH	1	GE Advance Graph.compatible_version
GEMS_PETD_01	5003xx04	SH	1	GE Advance Graph.software_version
GEMS_PETD_01	5003xx05	LO	1	GE Advance Graph.title
GEMS_PETD_01	5003xx06	DT	1	GE Advance Graph.graph_datetime
GEMS_PETD_01	5003xx07	ST	1	GE Advance Graph.graph_description
GEMS_PETD_01	5003xx08	LO	1	GE Advance Graph.title_font_name
GEMS_PETD_01	5003xx09	SH	1	GE Advance Graph.title_font_size
GEMS_PETD_01	5003xx0A	LO	1	GE Advance Graph.footer
GEMS_PETD_01	5003xx0B	SH	1	GE Advance Graph.footer_font_size
GEMS_PETD_01	5003xx0C	LO	1	GE Advance Graph.foreground_color
GEMS_PETD_01	5003xx0D	LO	1	GE Advance Graph.background_color
GEMS_PETD_01	5003xx0E	SL	1	GE Advance Graph.graph_border
GEMS_PETD_01	5003xx0F	SL	1	GE Advance Graph.graph_width
GEMS_PETD_01	5003xx10	SL	1	GE Advance Graph.graph_height
GEMS_PETD_01	5003xx11	SL	1	GE Advance Graph.grid
GEMS_PETD_01	5003xx12	LO	1	GE Advance Graph.label_font_name
GEMS_PETD_01	5003xx13	SH	1	GE Advance Graph.label_font_size
GEMS_PETD_01	5003xx14	LO	1	GE Advance Graph.axes_color
GEMS_PETD_01	5003xx15	LO	1	GE Advance Graph.x_axis_label
GEMS_PETD_01	5003xx16	SL	1	GE Advance Graph.x_axis_units
GEMS_PETD_01	5003xx17	FL	1	GE Advance Graph.x_major_tics
GEMS_PETD_01	5003xx18	FL	1	GE Advance Graph.x_axis_min
GEMS_PETD_01	5003xx19	FL	1	GE Advance Graph.x_axis_max
GEMS_PETD_01	5003xx1A	LO	1	GE Advance Graph.y_axis_label
GEMS_PETD_01	5003xx1B	SL	1	GE Advance Graph.y_axis_units
GEMS_PETD_01	5003xx1C	FL	1	GE Advance Graph.y_major_tics
GEMS_PETD_01	5003xx1D	FL	1	GE Advance Graph.y_axis_min
GEMS_PETD_01	5003xx1E	FL	1	GE Advance Graph.y_axis_max
GEMS_PETD_01	5003xx1F	LO	1	GE Advance Graph.legend_font_name
GEMS_PETD_01	5003xx20	SH	1	GE Advance Graph.legend_font_size
GEMS_PETD_01	5003xx21	SL	1	GE Advance Graph.legend_location_x
GEMS_PETD_01	5003xx22	SL	1	GE Advance Graph.legend_location_y
GEMS_PETD_01	5003xx23	SL	1	GE Advance Graph.legend_width
GEMS_PETD_01	5003xx24	SL	1	GE Advance Graph.legend_height
GEMS_PETD_01	5003xx25	SL	1	GE Advance Graph.legend_border
GEMS_PETD_01	5003xx26	SL	1	GE Advance Graph.multi_patient
GEMS_PETD_01	5005xx01	SQ	1	GE Advance CurvePresentation Sequence
GEMS_PETD_01	5005xx02	UI	1	GE Advance CurvePresentation.curvepresent_id
GEMS_PETD_01	5005xx03	UI	1	GE Advance CurvePresentation.graph_id
GEMS_PETD_01	5005xx04	UI	1	GE Advance CurvePresentation.curve_id
GEMS_PETD_01	5005xx05	SH	1	GE Advance CurvePresentation.compatible_version
GEMS_PETD_01	5005xx06	SH	1	GE Advance CurvePresentation.software_version
GEMS_PETD_01	5005xx07	LO	1	GE Advance CurvePresentation.curve_label
GEMS_PETD_01	5005xx08	LO	1	GE Advance CurvePresentation.color
GEMS_PETD_01	5005xx09	SL	1	GE Advance CurvePresentation.line_type
GEMS_PETD_01	5005xx0A	SL	1	GE Advance CurvePresentation.line_width
GEMS_PETD_01	5005xx0B	SL	1	GE Advance CurvePresentation.point_symbol
GEMS_PETD_01	5005xx0C	SL	1	GE Advance CurvePresentation.point_symbol_dim
GEMS_PETD_01	5005xx0D	LO	1	GE Advance CurvePresentation.point_color
GEMS_QVA_PHOTO_01	0009xx60	FL	1	Dodge End Diastolic Volume ml
GEMS_QVA_PHOTO_01	0009xx61	FL	1	Dodge End Systolic Volume ml
GEMS_QVA_PHOTO_01	0009xx62	FL	1	Dodge Stroke Volume ml
GEMS_QVA_PHOTO_01	0009xx63	IS	1	Dodge Ejection Fraction
GEMS_QVA_PHOTO_01	0009xx64	FL	1	Simpson End Diastolic Volume ml
GEMS_QVA_PHOTO_01	0009xx65	FL	1	Simpson End Systolic Volume ml
GEMS_QVA_PHOTO_01	0009xx66	FL	1	Simpson Stroke Volume ml
GEMS_QVA_PHOTO_01	0009xx67	IS	1	Simpson Ejection Fraction
GEMS_QVA_PHOTO_01	0009xx68	FL	1	CFX Single Hypokinesia in Region
GEMS_QVA_PHOTO_01	0009xx69	FL	1	CFX Single Hyperkinesia in Opposite Region
GEMS_QVA_PHOTO_01	0009xx6A	IS	1	CFX Single Total LV contour Percent
GEMS_QVA_PHOTO_01	0009xx6B	FL	1	CFX Multiple Hypokinesia in Region
GEMS_QVA_PHOTO_01	0009xx6C	FL	1	CFX Multiple Hyperkinesia in Opposite Region
GEMS_QVA_PHOTO_01	0009xx6D	IS	1	CFX Multiple Total LV contour Percent
GEMS_QVA_PHOTO_01	0009xx6E	FL	1	RCA Single Hypokinesia in Region
GEMS_QVA_PHOTO_01	0009xx6F	FL	1	RCA Single Hyperkinesia in Opposite Region
GEMS_QVA_PHOTO_01	0009xx70	IS	1	RCA Single Total LV contour Percent
GEMS_QVA_PHOTO_01	0009xx71	FL	1	RCA Multiple Hypokinesia in Region
GEMS_QVA_PHOTO_01	0009xx72	FL	1	RCA Multiple Hyperkinesia in Opposite Region
GEMS_QVA_PHOTO_01	0009xx73	IS	1	RCA Multiple Total LV contour Percent
GEMS_QVA_PHOTO_01	0009xx74	FL	1	LAD Single Hypokinesia in Region
GEMS_QVA_PHOTO_01	0009xx75	FL	1	LAD Single Hyperkinesia in Opposite Region
GEMS_QVA_PHOTO_01	0009xx76	IS	1	LAD Single Total LV contour Percent
GEMS_QVA_PHOTO_01	0009xx77	FL	1	LAD Multiple Hypokinesia in Region
GEMS_QVA_PHOTO_01	0009xx78	FL	1	LAD Multiple Hyperkinesia in Opposite Region
GEMS_QVA_PHOTO_01	0009xx79	IS	1	LAD Multiple Total LV contour Percent
GEMS_QVA_PHOTO_01	0009xx7A	FL	1	Dodge End Diastolic Volume ml/m2
GEMS_QVA_PHOTO_01	0009xx7C	FL	1	Dodge End Systolic Volume ml/m2
GEMS_QVA_PHOTO_01	0009xx7E	FL	1	Dodge Stroke Volume ml/m2
GEMS_QVA_PHOTO_01	0009xx80	FL	1	Simpson End Diastolic Volume ml/m2
GEMS_QVA_PHOTO_01	0009xx82	FL	1	Simpson End Systolic Volume ml/m2
GEMS_QVA_PHOTO_01	0009xx84	FL	1	Simpson Stroke Volume ml/m2
GEMS_RELA_01	002110xx	LO	1	Private Element Creator
GEMS_RELA_01	0021xx03	SS	1	Series from which Prescribed
GEMS_RELA_01	0021xx05	SH	1	Genesis Version - now
GEMS_RELA_01	0021xx07	UL	1	Series Record checksum
GEMS_RELA_01	0021xx15	US	1	Unknown
GEMS_RELA_01	0021xx16	SS	1	Unknown
GEMS_RELA_01	0021xx18	SH	1	Genesis version - Now
GEMS_RELA_01	0021xx19	UL	1	Acq recon record checksum
GEMS_RELA_01	0021xx20	DS	1	Table start location
GEMS_RELA_01	0021xx35	SS	1	Series from which prescribed
GEMS_RELA_01	0021xx36	SS	1	Image from which prescribed
GEMS_RELA_01	0021xx37	SS	1	Screen Format
GEMS_RELA_01	0021xx4A	LO	1	Anatomical reference for scout
GEMS_RELA_01	0021xx4E	US	1	Unknown
GEMS_RELA_01	0021xx4F	SS	1	Locations in acquisition
GEMS_RELA_01	0021xx50	SS	1	Graphically prescribed
GEMS_RELA_01	0021xx51	DS	1	Rotation from source x rot
GEMS_RELA_01	0021xx52	DS	1	Rotation from source y rot
GEMS_RELA_01	0021xx53	DS	1	Rotation from source z rot
GEMS_RELA_01	0021xx54	SH	3	Image position
GEMS_RELA_01	0021xx55	SH	6	Image orientation
GEMS_RELA_01	0021xx56	SL	1	Num 3D slabs
GEMS_RELA_01	0021xx57	SL	1	Locs per 3D slab
GEMS_RELA_01	0021xx58	SL	1	Overlaps
GEMS_RELA_01	0021xx59	SL	1	Image Filtering 0.5/0.2T
GEMS_RELA_01	0021xx5A	SL	1	Diffusion direction
GEMS_RELA_01	0021xx5B	DS	1	Tagging Flip Angle
GEMS_RELA_01	0021xx5C	DS	1	Tagging Orientation
GEMS_RELA_01	0021xx5D	DS	1	Tag Spacing
GEMS_RELA_01	0021xx5E	DS	1	RTIA_timer
GEMS_RELA_01	0021xx5F	DS	1	Fps
GEMS_RELA_01	0021xx70	LT	1	Unknown
GEMS_RELA_01	0021xx71	LT	1	Unknown
GEMS_RELA_01	0021xx81	DS	1	Auto window/level alpha
GEMS_RELA_01	0021xx82	DS	1	Auto window/level beta
GEMS_RELA_01	0021xx83	DS	1	Auto window/level window
GEMS_RELA_01	0021xx84	DS	1	Auto window/level level
GEMS_RELA_01	0021xx90	SS	1	Tube focal spot position
GEMS_RELA_01	0021xx91	SS	1	Biopsy position
GEMS_RELA_01	0021xx92	FL	1	Biopsy T location
GEMS_RELA_01	0021xx93	FL	1	Biopsy ref location
GEMS_RTEN_01	0249xx11	DA	1	Plan Creation Date
GEMS_RTEN_01	0249xx13	TM	1	Plan Creation Time
GEMS_RTEN_01	0249xx14	PN	1	Operator Name
GEMS_RTEN_01	0249xx16	LO	1	Plan Comment
GEMS_RTEN_01	0249xx18	SQ	1	Plan Image Sequence
GEMS_RTEN_01	0249xx1A	LO	1	Exam/Series/Image Identifier
GEMS_RTEN_01	0249xx1B	IS	1	Additional Image Identifier
GEMS_RTEN_01	0249xx1C	CS	1	Build Resolution
GEMS_RTEN_01	0249xx20	SQ	1	Structure Sequence
GEMS_RTEN_01	0249xx22	SH	1	Structure Name
GEMS_RTEN_01	0249xx24	CS	1	Structure Type
GEMS_RTEN_01	0249xx28	CS	1	Structure Color
GEMS_RTEN_01	0249xx30	SQ	1	Slab Sequence
GEMS_RTEN_01	0249xx32	SQ	1	Slab Image Sequence
GEMS_RTEN_01	0249xx36	DS	1	Z Plus Thickness
GEMS_RTEN_01	0249xx38	DS	1	Z Minus Thickness
GEMS_RTEN_01	0249xx3A	DS	3-n	Slab Shape
GEMS_RTEN_01	0249xx40	SQ	1	Marker Sequence
GEMS_RTEN_01	0249xx42	SH	1	Marker Name
GEMS_RTEN_01	0249xx44	CS	1	Marker Color
GEMS_RTEN_01	0249xx46	DS	3	Marker Position
GEMS_RTEN_01	0249xx50	SQ	1	Beam Group Sequence
GEMS_RTEN_01	0249xx51	SH	1	Group Name
GEMS_RTEN_01	0249xx52	CS	1-n	Group Properties
GEMS_RTEN_01	0249xx54	SQ	1	Beam Sequence
GEMS_RTEN_01	0249xx60	SQ	1	Machine Reference Sequence
GEMS_RTEN_01	0249xx62	SH	1	Machine Name
GEMS_RTEN_01	0249xx64	SH	1	Beam Name
GEMS_RTEN_01	0249xx66	CS	1	Particle Type
GEMS_RTEN_01	0249xx68	DS	1	Nominal Particle Energy
GEMS_RTEN_01	0249xx70	SQ	1	Block Sequence
GEMS_RTEN_01	0249xx72	LO	1	Block Name
GEMS_RTEN_01	0249xx74	DS	2-n	Block Shape
GEMS_RTEN_01	0249xx80	SQ	1	Cutout Sequence
GEMS_RTEN_01	0249xx82	LO	1	Cutout Name
GEMS_RTEN_01	0249xx84	DS	2-n	Cutout Shape
GEMS_RTEN_01	0249xx90	SH	1	Collimator Name
GEMS_RTEN_01	0249xx92	CS	1	Collimator Type
GEMS_RTEN_01	0249xxA0	SQ	1	Dynamic Segment Sequence
GEMS_RTEN_01	0249xxA2	DS	1	Table Angle
GEMS_RTEN_01	0249xxA4	DS	1	Gantry Angle
GEMS_RTEN_01	0249xxA6	DS	1	Collimator Angle
GEMS_RTEN_01	0249xxA8	DS	3	Isocenter Position
GEMS_RTEN_01	0249xxA9	DS	1	Source-Surface Distance
GEMS_RTEN_01	0249xxAA	DS	1	X Symmetric Opening
GEMS_RTEN_01	0249xxAC	DS	1	Y Symmetric Opening
GEMS_RTEN_01	0249xxAE	DS	1	X Positive Jaw Position
GEMS_RTEN_01	0249xxB0	DS	1	X Negative Jaw Position
GEMS_RTEN_01	0249xxB2	DS	1	Y Positive Jaw Position
GEMS_RTEN_01	0249xxB4	DS	1	Y Negative Jaw Position
GEMS_RTEN_01	0249xxB6	DS	2-n	Leaf Positions
GEMS_RTEN_01	0249xxD0	CS	1	Treatment Position
GEMS_SENO_02	0045xx04	CS	1	AES
GEMS_SENO_02	0045xx06	DS	1	Stereo angle
GEMS_SENO_02	0045xx09	DS	1	Real Magnification Factor
GEMS_SENO_02	0045xx0B	CS	1	Senograph Type
GEMS_SENO_02	0045xx0C	DS	1	Integration Time
GEMS_SENO_02	0045xx0D	DS	1	ROI Origin X and Y
GEMS_SENO_02	0045xx11	DS	2	Receptor Size cm X and Y
GEMS_SENO_02	0045xx12	IS	2	Receptor Size Pixels X and Y
GEMS_SENO_02	0045xx13	ST	1	Screen
GEMS_SENO_02	0045xx14	DS	1	Pixel Pitch Microns
GEMS_SENO_02	0045xx15	IS	1	Pixel Depth Bits
GEMS_SENO_02	0045xx16	IS	2	Binning Factor X and Y
GEMS_SENO_02	0045xx1B	LO	1	Clinical View
GEMS_SENO_02	0045xx1D	DS	1	Mean Of Raw Gray Levels
GEMS_SENO_02	0045xx1E	DS	1	Mean Of Offset Gray Levels
GEMS_SENO_02	0045xx1F	DS	1	Mean Of Corrected Gray Levels
GEMS_SENO_02	0045xx20	DS	1	Estimated Anat mean
GEMS_SENO_02	0045xx21	DS	1	Mean Of Log Region Gray Levels
GEMS_SENO_02	0045xx22	DS	1	Standard Deviation Of Raw Gray Levels
GEMS_SENO_02	0045xx23	DS	1	Standard Deviation Of Corrected Gray Levels
GEMS_SENO_02	0045xx24	DS	1	Standard Deviation Of Region Gray Levels
GEMS_SENO_02	0045xx25	DS	1	Standard Deviation Of Log Region Gray Levels
GEMS_SENO_02	0045xx26	OB	1	MAO Buffer
GEMS_SENO_02	0045xx27	IS	1	Set Number
GEMS_SENO_02	0045xx28	CS	1	WindowingType (LINEAR or GAMMA)
GEMS_SENO_02	0045xx29	DS	2	Windowing parameters
GEMS_SENO_02	0045xx2A	IS	1	2DLocX
GEMS_SENO_02	0045xx2B	IS	1	2DLocY
GEMS_SENO_02	0045xx39	US	1	Vignette Rows
GEMS_SENO_02	0045xx3A	US	1	Vignette Columns
GEMS_SENO_02	0045xx3B	US	1	Vignette Bits Allocated
GEMS_SENO_02	0045xx3C	US	1	Vignette Bits Stored
GEMS_SENO_02	0045xx3D	US	1	Vignette High Bit
GEMS_SENO_02	0045xx3E	US	1	Vignette Pixel Representation
GEMS_SENO_02	0045xx3F	OB	1	Vignette Pixel Data
GEMS_SENO_02	0045xx49	DS	1	Radiological Thickness
GEMS_SENO_02	0045xx50	UI	1	SC Instance UID
GEMS_SENO_02	0045xx51	UI	1	SC series UID
GEMS_SENO_02	0045xx52	IS	1	Raw Diagnostic Low
GEMS_SENO_02	0045xx53	IS	1	Raw Diagnostic High
GEMS_SENO_02	0045xx54	DS	1	Exponent
GEMS_SENO_02	0045xx55	IS	1	A Coefficients
GEMS_SENO_02	0045xx56	DS	1	Noise Reduction Sensitivity
GEMS_SENO_02	0045xx57	DS	1	Noise Reduction Threshold
GEMS_SENO_02	0045xx58	DS	1	mu
GEMS_SENO_02	0045xx59	IS	1	Threshold
GEMS_SENO_02	0045xx60	IS	4	Breast ROI X
GEMS_SENO_02	0045xx61	IS	4	Breast ROI Y
GEMS_SENO_02	0045xx62	IS	1	User Window Center
GEMS_SENO_02	0045xx63	IS	1	User Window Width
GEMS_SENO_02	0045xx64	IS	1	Segm Threshold
GEMS_SENO_02	0045xx65	IS	1	Detector Entrance Dose
GEMS_SENO_02	0045xx66	IS	1	Asymmetrical Collimation Information
GEMS_SENO_02	0045xx71	OB	1	STX buffer
GEMS_SENO_02	0045xx72	DS	2	Image Crop point
GEMS_SERS_01	002510xx	LO	1	Private Element Creator
GEMS_SERS_01	0025xx06	SS	1	Last pulse sequence used
GEMS_SERS_01	0025xx07	SL	1	Images in Series
GEMS_SERS_01	0025xx10	SL	1	Landmark Counter
GEMS_SERS_01	0025xx11	SS	1	Number of Acquisitions
GEMS_SERS_01	0025xx14	SL	1	Indicates no. of updates to header
GEMS_SERS_01	0025xx17	SL	1	Series Complete Flag
GEMS_SERS_01	0025xx18	SL	1	Number of images archived
GEMS_SERS_01	0025xx19	SL	1	Last image number used
GEMS_SERS_01	0025xx1A	SH	1	Primary Receiver Suite and Host
GEMS_SERS_01	0025xx1B	OB	1	Protocol Data Block (compressed)
GEMS_STDY_01	002310xx	LO	1	Private Element Creator
GEMS_STDY_01	0023xx01	SL	1	Number of series in Study
GEMS_STDY_01	0023xx02	SL	1	Number of unarchived Series
GEMS_STDY_01	0023xx10	SS	1	Reference image field
GEMS_STDY_01	0023xx50	SS	1	Summary image
GEMS_STDY_01	0023xx70	FD	1	Start time(secs) in first axial
GEMS_STDY_01	0023xx74	SL	1	No. of updates to header
GEMS_STDY_01	0023xx7D	SS	1	Indicates study has complete info (DICOM/genesis)
GEMS_Ultrasound_ImageGroup_001	6003xx10	SQ	1	Unknown
GEMS_Ultrasound_ImageGroup_001	6003xx11	OB	1	Unknown
GEMS_Ultrasound_MovieGroup_001	7FE1xx01	SQ	1	Unknown
GEMS_Ultrasound_MovieGroup_001	7FE1xx02	LO	1	Unknown
GEMS_Ultrasound_MovieGroup_001	7FE1xx03	UL	1	Unknown
GEMS_Ultrasound_MovieGroup_001	7FE1xx08	SQ	1	Unknown
GEMS_Ultrasound_MovieGroup_001	7FE1xx10	SQ	1	Unknown
GEMS_Ultrasound_MovieGroup_001	7FE1xx12	LO	1	Unknown
GEMS_Ultrasound_MovieGroup_001	7FE1xx18	SQ	1	Unknown
GEMS_Ultrasound_MovieGroup_001	7FE1xx20	SQ	1	Unknown
GEMS_Ultrasound_MovieGroup_001	7FE1xx24	SH	1	Unknown
GEMS_Ultrasound_MovieGroup_001	7FE1xx26	SQ	1	Unknown
GEMS_Ultrasound_MovieGroup_001	7FE1xx36	SQ	1	Unknown
GEMS_Ultrasound_MovieGroup_001	7FE1xx37	UL	1	Unknown
GEMS_Ultrasound_MovieGroup_001	7FE1xx43	OB	1	Unknown
GEMS_Ultrasound_MovieGroup_001	7FE1xx48	FD	1-2	Unknown
GEMS_Ultrasound_MovieGroup_001	7FE1xx49	UL	1	Unknown
GEMS_Ultrasound_MovieGroup_001	7FE1xx51	FL	1	Unknown
GEMS_Ultrasound_MovieGroup_001	7FE1xx52	FD	1	Unknown
GEMS_Ultrasound_MovieGroup_001	7FE1xx53	UL	1	Unknown
GEMS_Ultrasound_MovieGroup_001	7FE1xx54	SL	1	Unknown
GEMS_Ultrasound_MovieGroup_001	7FE1xx55	OB	1	Unknown
GEMS_Ultrasound_MovieGroup_001	7FE1xx57	LT	1	Unknown
GEMS_Ultrasound_MovieGroup_001	7FE1xx60	OB	1	Unknown
GEMS_Ultrasound_MovieGroup_001	7FE1xx61	OW	1	Unknown
GEMS_Ultrasound_MovieGroup_001	7FE1xx70	SQ	1	Unknown
GEMS_Ultrasound_MovieGroup_001	7FE1xx71	UL	1	Unknown
GEMS_Ultrasound_MovieGroup_001	7FE1xx72	LO	1	Unknown
GEMS_Ultrasound_MovieGroup_001	7FE1xx73	SQ	1	Unknown
GEMS_Ultrasound_MovieGroup_001	7FE1xx74	LO	1	Unknown
GEMS_Ultrasound_MovieGroup_001	7FE1xx75	SQ	1	Unknown
GEMS_Ultrasound_MovieGroup_001	7FE1xx77	FD	1-n	Unknown
GEMS_Ultrasound_MovieGroup_001	7FE1xx79	SL	1	Unknown
GEMS_Ultrasound_MovieGroup_001	7FE1xx83	SQ	1	Unknown
GEMS_Ultrasound_MovieGroup_001	7FE1xx84	LO	1	Unknown
GEMS_Ultrasound_MovieGroup_001	7FE1xx85	SQ	1	Unknown
GEMS_Ultrasound_MovieGroup_001	7FE1xx86	SL	4	Unknown
GEMS_Ultrasound_MovieGroup_001	7FE1xx87	FD	4	Unknown
GEMS_Ultrasound_MovieGroup_001	7FE1xx88	FD	1	Unknown
GEMS_VXTLSTATE_001	0057xx05	SQ	1	Volumes_info
GEMS_VXTLSTATE_001	0057xx06	SQ	1	Image_UIDs
GEMS_VXTLSTATE_001	0057xx07	DT	1	SUV_ScanTime
GEMS_VXTLSTATE_001	0057xx08	DT	1	SUV_AdministredTime
GEMS_VXTLSTATE_001	0057xx09	DT	1	SUV_MeasuredTime
GEMS_VXTLSTATE_001	0057xx10	DT	1	SUV_PostInjectedTime
GEMS_VXTLSTATE_001	0057xx11	FL	1	SUV_TracerActivity
GEMS_VXTLSTATE_001	0057xx12	FL	1	SUV_PostInjectedActivity
GEMS_VXTLSTATE_001	0057xx13	FL	1	SUV_HalfLife
GEMS_VXTLSTATE_001	0057xx14	LO	1	SState_Version
GEMS_VXTLSTATE_001	0057xx15	SQ	1	SegList_Seq
GEMS_VXTLSTATE_001	0057xx16	IS	1	SegList_Count
GEMS_VXTLSTATE_001	0057xx17	OB	1	SegList_List
GEMS_VXTLSTATE_001	0057xx18	LO	1	SegList_Name
GEMS_VXTLSTATE_001	0057xx19	LO	1	Volume_Filename
GEMS_VXTLSTATE_001	0057xx20	LO	1	SegList_Label
GEMS_VXTLSTATE_001	0057xx21	SQ	1	Bookmark_Seq
GEMS_VXTLSTATE_001	0057xx22	LT	1	Bookmark
GEMS_VXTLSTATE_001	0057xx23	FL	3	Cursor_position
GEMS_VXTLSTATE_001	0057xx24	UL	3-n	Color_Value_Field
GEMS_VXTLSTATE_001	0057xx25	IS	1	Count
GEMS_VXTLSTATE_001	0057xx26	SQ	1	Views_info
GEMS_VXTLSTATE_001	0057xx27	LT	1	View_Slot
GEMS_VXTLSTATE_001	0057xx28	IS	1	Wireframe_Size
GEMS_VXTLSTATE_001	0057xx29	UT	1	Wireframe
GEMS_VXTLSTATE_001	0057xx30	IS	1	Annotation_Size
GEMS_VXTLSTATE_001	0057xx31	LT	1	Annotation
GEMS_VXTLSTATE_001	0057xx32	IS	1	Slider_State
GEMS_VXTLSTATE_001	0057xx33	LO	1	Proto_Name
GEMS_VXTLSTATE_001	0057xx34	LO	1	Proto_Title
GEMS_VXTLSTATE_001	0057xx35	LO	1	Proto_FilmName
GEMS_VXTLSTATE_001	0057xx36	LO	1	Proto_Step
GEMS_VXTLSTATE_001	0057xx38	LT	1	SegList_Slots
GEMS_VXTLSTATE_001	0057xx39	IS	1	VT_Points_Size
GEMS_VXTLSTATE_001	0057xx40	LT	1	VT_Points
GEMS_VXTLSTATE_001	0057xx41	IS	1	VT_Meas_Size
GEMS_VXTLSTATE_001	0057xx42	LT	1	VT_Meas
GEMS_VXTLSTATE_001	0057xx43	IS	1	VT_Tree_Size
GEMS_VXTLSTATE_001	0057xx44	UT	1	VT_Tree
GEMS_VXTLSTATE_001	0057xx46	IS	1	VT_Preset_Size
GEMS_VXTLSTATE_001	0057xx47	LT	1	VT_Preset
GEMS_VXTLSTATE_001	0057xx48	IS	1	VT_State_Size
GEMS_VXTLSTATE_001	0057xx49	LT	1	VT_State
GEMS_VXTLSTATE_001	0057xx50	IS	1	Preferences_Size
GEMS_VXTLSTATE_001	0057xx51	LT	1	Preferences
GEMS_VXTLSTATE_001	0057xx52	IS	1	Volume_ZComb_Filter
GEMS_VXTLSTATE_001	0057xx53	IS	1	HTML_Page_Size
GEMS_VXTLSTATE_001	0057xx54	LT	1	HTML_Page
GEMS_VXTLSTATE_001	0057xx55	FL	3	Camera_Position
GEMS_VXTLSTATE_001	0057xx56	IS	1	Slider_Size
GEMS_VXTLSTATE_001	0057xx57	LT	1	Slider
GEMS_VXTLSTATE_001	0057xx58	LO	1	SegList_Pretty_Name
GEMS_VXTL_USERDATA_01	0047xx11	LT	1	Unknown
GEMS_XELPRV_01	0033xx08	CS	1	Object Type
GEMS_XELPRV_01	0033xx10	SL	1	Modified
GEMS_XELPRV_01	0033xx11	LO	1	Name
GEMS_XELPRV_01	0033xx14	LO	1	StudyId
GEMS_XELPRV_01	0033xx16	LO	1	ProtocolDataUID
GEMS_XELPRV_01	0033xx17	SH	1	Date
GEMS_XELPRV_01	0033xx18	SH	1	Time
GEMS_XELPRV_01	0033xx19	UL	1	ProtocoldataFlags
GEMS_XELPRV_01	0033xx1A	LO	1	ProtocolName
GEMS_XELPRV_01	0033xx1B	LO	1	StudyId
GEMS_XELPRV_01	0033xx1C	OB	1	BulkData
GEMS_XELPRV_01	0033xx1D	SL	1-n	IntData
GEMS_XELPRV_01	0033xx1E	FD	1-n	DoubleData
GEMS_XELPRV_01	0033xx1F	OB	1	StringData
GEMS_XELPRV_01	0033xx20	OB	1	BulkDataFormat
GEMS_XELPRV_01	0033xx21	OB	1	IntDataFormat
GEMS_XELPRV_01	0033xx22	OB	1	DoubleDataFormat
GEMS_XELPRV_01	0033xx23	OB	1	StringDataFormat
GEMS_XELPRV_01	0033xx24	LT	1	Description
GEMS_XELPRV_01	0033xx28	LO	1	RTName
GEMS_XELPRV_01	0033xx29	LT	1	RTSpecification
GEMS_XELPRV_01	0033xx2A	UL	1	ReviewTemplatesFlags
GEMS_XELPRV_01	0033xx2B	LT	1	DataValidationSpec
GEMS_XELPRV_01	0033xx2C	LT	1	Description
GEMS_XELPRV_01	0033xx2D	LT	1	IconDescription
GEMS_XELPRV_01	0033xx50	SQ	1	ProtocoldataSQ
GEMS_XELPRV_01	0033xx51	UI	1	PDOSOPClassUID
GEMS_XELPRV_01	0033xx52	UI	1	PDOSOPInstanceUID
GEMS_XELPRV_01	0033xx60	SQ	1	ReviewtemplateSQ
GEMS_XELPRV_01	0033xx61	UI	1	RTOSOPClassUID
GEMS_XELPRV_01	0033xx62	UI	1	RTOSOPInstanceUID
GEMS_XELPRV_01	0033xx70	SQ	1	SeriesdataSQ
GEMS_XELPRV_01	0033xx71	UI	1	SDOSOPClassUID
GEMS_XELPRV_01	0033xx72	UI	1	SDOSOPInstanceUID
GEMS_XELPRV_01	0033xx73	SQ	1	SDODoubleDataSQ
GEMS_XELPRV_01	0057xx01	SQ	1	ROISQ
GEMS_XELPRV_01	0057xx02	UI	1	SOPClassUID
GEMS_XELPRV_01	0057xx03	UI	1	SOPInstanceUID
GEMS_XELPRV_01	0057xx10	IS	1	ROINumber
GEMS_XELPRV_01	0057xx11	UI	1	Dimensions
GEMS_XELPRV_01	0057xx12	UI	1	Points
GEMS_XELPRV_01	0057xx13	UI	1	Type
GEMS_XELPRV_01	0057xx14	UI	1	Description
GEMS_XELPRV_01	0057xx15	UI	1	Data value Representation
GEMS_XELPRV_01	0057xx16	UI	1	Label
GEMS_XELPRV_01	0057xx17	UI	1	Data
GEMS_XELPRV_01	0057xx41	SL	1	Modified
GEMS_XELPRV_01	0057xx42	LO	1	Name
GEMS_XELPRV_01	0057xx43	SL	1	Rid
GEMS_XELPRV_01	0057xx45	LO	1	SOPClassUID
GEMS_XELPRV_01	0057xx46	LO	1	SOPInstanceUID
GEMS_XELPRV_01	0057xx47	LO	1	Normal Colour
GEMS_XELPRV_01	0057xx48	LT	1	NameFont
GEMS_XELPRV_01	0057xx49	SL	1	FillPattern
GEMS_XELPRV_01	0057xx4A	SL	1	LineStyle
GEMS_XELPRV_01	0057xx4B	SL	1	LineDashLength
GEMS_XELPRV_01	0057xx4C	SL	1	LineThickness
GEMS_XELPRV_01	0057xx4D	SL	1	Interactivity
GEMS_XELPRV_01	0057xx4E	SL	1	NamePos
GEMS_XELPRV_01	0057xx4F	SL	1	NameDisplay
GEMS_XELPRV_01	0057xx50	LO	1	Label
GEMS_XELPRV_01	0057xx51	SL	1-n	BpSeg
GEMS_XELPRV_01	0057xx52	US	1-n	BpSegpairs
GEMS_XELPRV_01	0057xx53	SL	1	SeedSpace
GEMS_XELPRV_01	0057xx54	FD	1-n	Seeds
GEMS_XELPRV_01	0057xx55	SL	1-n	Shape
GEMS_XELPRV_01	0057xx56	FD	1-n	ShapeTilt
GEMS_XELPRV_01	0057xx59	SL	1-n	ShapePtsSpace
GEMS_XELPRV_01	0057xx5A	SL	1-n	ShapeCtrlPtsCount
GEMS_XELPRV_01	0057xx5B	FD	1-n	Shap CtrlPts
GEMS_XELPRV_01	0057xx5C	SL	1	ShapeCPSpace
GEMS_XELPRV_01	0057xx5D	UL	1-n	ROIFlags
GEMS_XELPRV_01	0057xx5E	UL	1	FrameNumber
GEMS_XELPRV_01	0057xx60	LO	1-n	DatasetROIMapping
GEMS_XR3DCAL_01	0021xx01	IS	1	3Dcal image rows
GEMS_XR3DCAL_01	0021xx02	IS	1	3Dcal image columns
GEMS_XR3DCAL_01	0021xx03	FL	1	3Dcal field of view
GEMS_XR3DCAL_01	0021xx04	DA	1	3Dcal acquisition date
GEMS_XR3DCAL_01	0021xx05	TM	1	3Dcal acquisition time
GEMS_XR3DCAL_01	0021xx06	DA	1	3Dcal calibration processing date
GEMS_XR3DCAL_01	0021xx07	TM	1	3Dcal calibration processing time
GEMS_XR3DCAL_01	0021xx08	FL	1	3Dcal L arm angle
GEMS_XR3DCAL_01	0021xx09	FL	1-n	3Dcal Pivot angle vector
GEMS_XR3DCAL_01	0021xx0A	FL	1	3Dcal C arm angle
GEMS_XR3DCAL_01	0021xx0B	SQ	1	3Dcal matrix sequence
GEMS_XR3DCAL_01	0021xx0C	LO	1-n	3Dcal matrix elements
GEMS_XR3DCAL_01	0021xx0D	LO	1	3Dcal algorithm version
GEMS_XR3DCAL_01	0021xx0E	FL	1	3Dcal 3D frame unit size
GEMS_XR3DCAL_01	0021xx0F	LO	1	3Dcal calibration mode
GEMS_XR3DCAL_01	0021xx10	FL	1	3Dcal image frame origin row
GEMS_XR3DCAL_01	0021xx11	FL	1	3Dcal image frame origin column
GEMS_XR3DCAL_01	0021xx12	IS	1	3Dcal positioner pivot rotation speed
GEMS_XR3DCAL_01	0021xx13	IS	1	3Dcal number of images
GEMS_XR3DCAL_01	0021xx14	UI	1	3Dcal Instance UID
GEMS_XR3DCAL_01	0021xx15	FL	2	3Dcal image pixel spacing
GEMS_XR3DCAL_01	0021xx16	CS	1	3Dcal centering mode
GEMS_YMHD_01	0033xx05	UN	1	Unknown
GEMS_YMHD_01	0033xx06	UN	1	Unknown
GE_GENESIS_REV3.0	0019xx39	SS	1	Axial Type
GE_GENESIS_REV3.0	0019xx8F	SS	1	Swap Phase / Frequency Axis
GE_GENESIS_REV3.0	0019xx9C	SS	1	Pulse Sequence Name
GE_GENESIS_REV3.0	0019xx9F	SS	1	Coil Type
GE_GENESIS_REV3.0	0019xxA4	SS	1	SAT fat/water/none
GE_GENESIS_REV3.0	0019xxC0	SS	1	Bitmap of SAT Selections
GE_GENESIS_REV3.0	0019xxC1	SS	1	Surfacel Coil Iintensity Correction Flag
GE_GENESIS_REV3.0	0019xxCB	SS	1	Phase Contrast Flow Axis
GE_GENESIS_REV3.0	0019xxCC	SS	1	Phase Contrast Velocity Encoding
GE_GENESIS_REV3.0	0019xxD5	SS	1	Fractional Echo
GE_GENESIS_REV3.0	0019xxD8	SS	1	Variable Echo Flag
GE_GENESIS_REV3.0	0019xxD9	DS	1	Concatenated Sat
GE_GENESIS_REV3.0	0019xxF2	SS	1	Number of Phases
GE_GENESIS_REV3.0	0043xx1E	DS	1	Delta Start Time
GE_GENESIS_REV3.0	0043xx27	SH	1	Pitch Ratio
GE_GROUP	6005xx10	UT	1	Unknown
HMC - CT - ID	0009xx00	UN	1	Image ID Information (e.g. Patient Name, Patient ID)
HMC - CT - ID	0009xx01	UN	1	Image ID Information (e.g. Patient Comment)
HOLOGIC	0011xx00	LO	1	Hx Questionnaire
HOLOGIC	0021xx01	LT	1	Image Analysis Data in XML
HOLOGIC	0023xx00	LO	1	Encoding Scheme Version
HOLOGIC	0023xx01	LO	1	P File Name
HOLOGIC	0023xx02	OB	1	P File Data
HOLOGIC	0023xx03	UL	1	P File Length
HOLOGIC	0023xx04	OB	1	R File Data
HOLOGIC	0023xx05	UL	1	R File Length
HOLOGIC, Inc.	0019xx06	LO	1	Unknown
HOLOGIC, Inc.	0019xx07	SH	1	Unknown
HOLOGIC, Inc.	0019xx08	LO	1	Unknown
HOLOGIC, Inc.	0019xx16	DS	1	Unknown
HOLOGIC, Inc.	0019xx26	LO	1	Unknown
HOLOGIC, Inc.	0019xx27	SH	1	Unknown
HOLOGIC, Inc.	0019xx28	LO	1	Unknown
HOLOGIC, Inc.	0019xx29	LO	1	Unknown
HOLOGIC, Inc.	0019xx30	US	1	Unknown
HOLOGIC, Inc.	0019xx31	US	1	Unknown
HOLOGIC, Inc.	0019xx32	US	1	Unknown
HOLOGIC, Inc.	0019xx33	US	1	Unknown
HOLOGIC, Inc.	0019xx34	US	1	Unknown
HOLOGIC, Inc.	0019xx35	US	1	Unknown
HOLOGIC, Inc.	0019xx37	LO	1	Unknown
HOLOGIC, Inc.	0019xx40	DS	1	Unknown
HOLOGIC, Inc.	0019xx41	DS	1	Unknown
HOLOGIC, Inc.	0019xx42	DS	1	Unknown
HOLOGIC, Inc.	0019xx43	DS	1	Unknown
HOLOGIC, Inc.	0019xx44	IS	1	Unknown
HOLOGIC, Inc.	0019xx45	IS	1	Unknown
HOLOGIC, Inc.	0019xx46	IS	1	Unknown
HOLOGIC, Inc.	0019xx70	DS	1	Unknown
HOLOGIC, Inc.	0019xx85	IS	1	Unknown
HOLOGIC, Inc.	0019xx90	DS	1	Unknown
HOLOGIC, Inc.	7E01xx01	LO	1	Unknown
HOLOGIC, Inc.	7E01xx02	LO	1	Unknown
HOLOGIC, Inc.	7E01xx10	SQ	1	Unknown
HOLOGIC, Inc.	7E01xx11	SQ	1	Unknown
HOLOGIC, Inc.	7E01xx12	OB	1	Unknown
HOLOGIC, Inc.	7F01xx01	LO	1	Unknown
HOLOGIC, Inc.	7F01xx02	SH	1	Unknown
HOLOGIC, Inc.	7F01xx10	SQ	1	Unknown
HOLOGIC, Inc.	7F01xx12	OB	1	Unknown
Hologic	0011xx00	LO	1	Hx Questionnaire
Hologic	0021xx01	LT	1	Image Analysis Data in XML
Hologic	0023xx00	LO	1	Encoding Scheme Version
Hologic	0023xx01	LO	1	P File Name
Hologic	0023xx02	OB	1	P File Data
Hologic	0023xx03	UL	1	P File Length
Hologic	0023xx04	OB	1	R File Data
Hologic	0023xx05	UL	1	R File Length
IDEXX	0011xx00	LO	1	Breed Name
IDEXX	0011xx01	LO	1	Species Name
IDEXX	0011xx02	PN	1	Owner
IMPAC	300Bxx02	FL	1	Unknown
IMPAC	300Bxx04	FL	1	Unknown
IMPAC	300Bxx0E	FL	1	Unknown
IMS s.r.l. Biopsy Private Code	1269xx01	IS	1	Biopsy Image
IMS s.r.l. Biopsy Private Code	1269xx10	IS	1-n	Biopsy Markers X
IMS s.r.l. Biopsy Private Code	1269xx11	IS	1-n	Biopsy Markers Y
IMS s.r.l. Biopsy Private Code	1269xx12	IS	1	Biopsy Markers Number
IMS s.r.l. Biopsy Private Code	1269xx20	IS	1	Biopsy Area Left Border
IMS s.r.l. Biopsy Private Code	1269xx21	IS	1	Biopsy Area Right Border
IMS s.r.l. Biopsy Private Code	1269xx22	IS	1	Biopsy Area Top Border
IMS s.r.l. Biopsy Private Code	1269xx23	IS	1	Biopsy Area Bottom Border
IMS s.r.l. Mammography Private Code	1271xx01	IS	1	Unknown
IMS s.r.l. Mammography Private Code	1271xx02	IS	1	Unknown
IMS s.r.l. Mammography Private Code	1271xx10	IS	1	Unknown
IMS s.r.l. Mammography Private Code	1271xx11	IS	1	Unknown
IMS s.r.l. Mammography Private Code	1271xx12	IS	1	Unknown
IMS s.r.l. Mammography Private Code	1271xx13	IS	1	Unknown
IMS s.r.l. Mammography Private Code	1271xx20	IS	1	Unknown
IMS s.r.l. Mammography Private Code	1271xx21	IS	1	Unknown
IMS s.r.l. Mammography Private Code	1271xx22	IS	1	Unknown
IMS s.r.l. Mammography Private Code	1271xx38	LO	1	Unknown
IMS s.r.l. Mammography Private Code	1271xx39	US	1	Unknown
IMS s.r.l. Mammography Private Code	1271xx40	US	1	Unknown
IMS s.r.l. Mammography Private Code	1271xx41	LO	1	Unknown
IMS s.r.l. Mammography Private Code	1271xx42	LT	1	Unknown
IMS s.r.l. Mammography Private Code	1271xx45	IS	1	Unknown
IMS s.r.l. Mammography Private Code	1271xx46	IS	1	Unknown
IMS s.r.l. Mammography Private Code	1271xx47	IS	1	Unknown
IMS s.r.l. Mammography Private Code	1271xx48	IS	1	Unknown
IMS s.r.l. Mammography Private Code	1271xx49	IS	1	Unknown
IMS s.r.l. Mammography Private Code	1271xx50	IS	1	Unknown
IMS s.r.l. Mammography Private Code	1271xx51	IS	1	Unknown
IMS s.r.l. Mammography Private Code	1271xx52	IS	1	Unknown
IMS s.r.l. Mammography Private Code	1271xx53	LO	1	Unknown
IMS s.r.l. Mammography Private Code	1271xx54	IS	1	Unknown
INFINITT_FMX	0015xx10	LO	1	Unknown
INFINITT_FMX	0015xx11	LO	1	Unknown
INTEGRIS 1.0	0009xx08	CS	1	Exposure Channel
INTEGRIS 1.0	0009xx32	TM	1	Exposure Start Time
INTEGRIS 1.0	0019xx00	LO	1	APR Name
INTEGRIS 1.0	0019xx40	DS	1	Frame Rate
INTEGRIS 1.0	0021xx12	IS	1	Exposure Number
INTEGRIS 1.0	0029xx00	SQ	1	Edge Enhancement Sequence
INTEGRIS 1.0	0029xx01	US	2	Convolution Kernel Size
INTEGRIS 1.0	0029xx02	US	1-n	Convolution Kernel Coefficients
INTEGRIS 1.0	0029xx03	FL	1	Edge Enhancement Gain
INTEGRIS 1.0	0029xx08	IS	1	Number of Exposure Results
INTEGRIS 1.0	0041xx20	DS	1	Accumulated Fluoroscopy Dose
INTEGRIS 1.0	0041xx30	DS	1	Accumulated Exposure Dose
INTEGRIS 1.0	0041xx40	DS	1	Total Dose
INTEGRIS 1.0	0041xx41	US	1	Total Number of Frames
INTEGRIS 1.0	0041xx50	SQ	1	Exposure Information Sequence
INTELERAD MEDICAL SYSTEMS	3F01xx01	LO	1	Institution Code
INTELERAD MEDICAL SYSTEMS	3F01xx02	LO	1	Routed Transfer AE
INTELERAD MEDICAL SYSTEMS	3F01xx03	LO	1	Source AE
INTELERAD MEDICAL SYSTEMS	3F01xx04	LO	1	Deferred Validation
INTELERAD MEDICAL SYSTEMS	3F01xx05	LO	1	Series Owner
ISG Image	0065xx11	UL	1	Unknown
ISG shadow	0029xx70	IS	1	Unknown
ISG shadow	0029xx80	IS	1	Unknown
ISG shadow	0029xx90	IS	1	Unknown
ISI	0009xx01	SQ	1	SIENET General Purpose IMGF
Image (ID, Version, Size, Dump, GUID)	8003xx00	LO	1	ID
Image (ID, Version, Size, Dump, GUID)	8003xx10	LO	1	Version
Image (ID, Version, Size, Dump, GUID)	8003xx20	UL	1	Size
Image (ID, Version, Size, Dump, GUID)	8003xx30	OB	1	Dump
Image (ID, Version, Size, Dump, GUID)	8003xx40	LO	1	GUID
Imaging Dynamics Company Ltd.	4321xx05	UN	1	Custom Tag
Imaging Dynamics Company Ltd.	4321xx10	UN	1	Custom Tag
Imaging Dynamics Company Ltd.	4321xx41	CS	1	Unknown
Imaging Dynamics Company Ltd.	4321xx42	US	1	Unknown
Imaging Dynamics Company Ltd.	4321xx50	DS	1	Custom Tag
Imaging Dynamics Company Ltd.	4321xx51	DS	1	Custom Tag
Imaging Dynamics Company Ltd.	4321xx64	LO	1	Custom Tag
KINETDX	0021xxA5	US	1	Unknown
KINETDX	0021xxA8	LO	1	Unknown
KINETDX	0021xxAA	OB	1	Unknown
KINETDX_GRAPHICS	0021xxA4	LT	1	Unknown
KRETZ_US	7FE1xx01	OB	1	Unknown
Kodak Image Information	0029xx15	LO	1	Unknown
Kodak Image Information	0029xx16	LO	1	Unknown
Kodak Image Information	0029xx17	LO	1	Unknown
Kodak Image Information	0029xx18	UT	1	Unknown
Kodak Image Information	0029xx19	IS	1	Unknown
Kodak Image Information	0029xx1A	IS	1	Unknown
LODOX_STATSCAN	0019xx01	IS	1-n	Unknown
LODOX_STATSCAN	0019xx02	IS	1	Unknown
LODOX_STATSCAN	0019xx03	DS	1	Unknown
LODOX_STATSCAN	0019xx04	DS	1	Unknown
LODOX_STATSCAN	0019xx05	DS	1	Unknown
LODOX_STATSCAN	0019xx06	DS	1	Unknown
LODOX_STATSCAN	0019xx07	DS	1	Unknown
LODOX_STATSCAN	0019xx08	DS	1	Unknown
LORAD Selenia	0019xx06	OB	1	Paddle ID
LORAD Selenia	0019xx07	OB	1	Paddle Position
LORAD Selenia	0019xx08	OB	1	Collimation Size
LORAD Selenia	0019xx26	OB	1	Unknown
LORAD Selenia	0019xx27	OB	1	Unknown
LORAD Selenia	0019xx28	OB	1	Unknown
LORAD Selenia	0019xx29	OB	1	Unknown
LORAD Selenia	0019xx30	OB	1	Unknown
LORAD Selenia	0019xx31	OB	1	Unknown
LORAD Selenia	0019xx32	OB	1	Unknown
LORAD Selenia	0019xx33	OB	1	Unknown
LORAD Selenia	0019xx34	OB	1	Unknown
LORAD Selenia	0019xx35	OB	1	Unknown
LORAD Selenia	0019xx40	OB	1	Unknown
LORAD Selenia	0019xx41	OB	1	Unknown
LORAD Selenia	0019xx50	OB	1	Unknown
LORAD Selenia	0019xx51	OB	1	Unknown
LORAD Selenia	0019xx52	OB	1	Unknown
LORAD Selenia	0019xx53	OB	1	Unknown
LORAD Selenia	0019xx70	OB	1	Unknown
LORAD Selenia	0019xx71	OB	1	Unknown
MAROTECH Inc.	0037xx01	LO	1	Some kind of version number
MAROTECH Inc.	0037xx21	US	1	Icon Row
MAROTECH Inc.	0037xx22	US	1	Icon Col
MAROTECH Inc.	0037xx23	OB	1	JPEG Compressed Icon
MDS NORDION OTP ANATOMY MODELLING	3005xx00	SQ	1	Unknown
MDS NORDION OTP ANATOMY MODELLING	3005xx02	CS	1	Unknown
MDS NORDION OTP ANATOMY MODELLING	3005xx04	DS	1	Unknown
MDS NORDION OTP ANATOMY MODELLING	3005xx06	DS	1	Unknown
MDS NORDION OTP ANATOMY MODELLING	3005xx08	DS	1	Unknown
MDS NORDION OTP ANATOMY MODELLING	3005xx0A	CS	1	Unknown
MDS NORDION OTP ANATOMY MODELLING	3005xx0C	CS	1	Unknown
MDS NORDION OTP ANATOMY MODELLING	3005xx0E	CS	1	Unknown
MDS NORDION OTP ANATOMY MODELLING	3005xx10	DS	1	Unknown
MDS NORDION OTP ANATOMY MODELLING	3005xx12	DS	1	Unknown
MEDIFACE	0021xx01	UN	1	Unknown
MEDIFACE	0021xx10	UN	1	Unknown
MEDIFACE	0021xx11	UN	1	Unknown
MEDIFACE	0021xx12	UN	1	Unknown
MEDIFACE	0021xx21	UN	1	Unknown
MEDIFACE	0021xx22	UN	1	Unknown
MEDIFACE	0021xx30	UN	1	Unknown
MEDIFACE	0021xx31	UN	1	Unknown
MEDIFACE	0021xx40	UN	1	Unknown
MEDIFACE	0021xx41	UN	1	Unknown
MEDIFACE	0021xx42	UN	1	Unknown
MEDIFACE	0021xx50	UN	1	Unknown
MEDIFACE	0021xx51	UN	1	Unknown
MEDIFACE	0021xx52	UN	1	Unknown
MEDIFACE	0021xx60	UN	1	Unknown
MEDIFACE	0021xxF1	UN	1	Unknown
MEDIFACE	0021xxF2	UN	1	Unknown
MEDIFACE	0029xx01	UL	1	Unknown
MEDIFACE	0029xx10	DS	1	Window Center
MEDIFACE	0029xx11	DS	1	Window Width
MEDIFACE	0029xx20	DS	1	Unknown
MEDIFACE	0029xx21	UL	1	Unknown
MEDIFACE	0029xx22	DS	2	Unknown
MEDIFACE	0029xx30	LT	1	Unknown
MERGE TECHNOLOGIES, INC.	0009xx00	OB	1	Unknown
MITRA LINKED ATTRIBUTES 1.0	0031xx20	LO	1	Global Patient ID
MITRA OBJECT ATTRIBUTES 1.0	0033xx02	LO	1	Unknown
MITRA OBJECT ATTRIBUTES 1.0	0033xx04	LO	1	Unknown
MITRA OBJECT ATTRIBUTES 1.0	0033xx06	LO	1	Unknown
MITRA OBJECT ATTRIBUTES 1.0	0033xx08	LO	1	Unknown
MITRA OBJECT ATTRIBUTES 1.0	0033xx0A	LO	1	Unknown
MITRA OBJECT DOCUMENT 1.0	0029xx00	OB	1	Unknown
MITRA OBJECT UTF8 ATTRIBUTES 1.0	0033xx02	PN	1	Patient's Name
MITRA OBJECT UTF8 ATTRIBUTES 1.0	0033xx04	CS	1	Study Description
MITRA OBJECT UTF8 ATTRIBUTES 1.0	0033xx06	PN	1	Referring Physician's Name
MITRA OBJECT UTF8 ATTRIBUTES 1.0	0033xx08	PN	1	Requesting Physician's Name
MITRA OBJECT UTF8 ATTRIBUTES 1.0	0033xx0A	PN	1	Performing Physician's Name
MITRA OBJECT UTF8 ATTRIBUTES 1.0	0033xx0C	LO	1	Reason for Study
MITRA OBJECT UTF8 ATTRIBUTES 1.0	0033xx0E	LT	1	Study Comments
MITRA OBJECT UTF8 ATTRIBUTES 1.0	0033xx13	PN	1	Patient's Name Single Byte
MITRA OBJECT UTF8 ATTRIBUTES 1.0	0033xx14	PN	1	Patient's Name Ideographic
MITRA OBJECT UTF8 ATTRIBUTES 1.0	0033xx15	PN	1	Patient's Name Phonetic
MITRA OBJECT UTF8 ATTRIBUTES 1.0	0033xx16	PN	1	Referring Physician's Name Single Byte
MITRA OBJECT UTF8 ATTRIBUTES 1.0	0033xx17	PN	1	Referring Physician's Name Ideographic
MITRA OBJECT UTF8 ATTRIBUTES 1.0	0033xx18	PN	1	Referring Physician's Name Phonetic
MITRA OBJECT UTF8 ATTRIBUTES 1.0	0033xx19	PN	1	Requesting Physician's Name Single Byte
MITRA OBJECT UTF8 ATTRIBUTES 1.0	0033xx1A	PN	1	Requesting Physician's Name Ideographic
MITRA OBJECT UTF8 ATTRIBUTES 1.0	0033xx1B	PN	1	Requesting Physician's Name Phonetic
MITRA OBJECT UTF8 ATTRIBUTES 1.0	0033xx1C	PN	1	Performing Physician's Name Single Byte
MITRA OBJECT UTF8 ATTRIBUTES 1.0	0033xx1D	PN	1	Performing Physician's Name Ideographic
MITRA OBJECT UTF8 ATTRIBUTES 1.0	0033xx1E	PN	1	Performing Physician's Name Phonetic
MITRA PRESENTATION 1.0	0029xx00	CS	1	Mitra Rotation
MITRA PRESENTATION 1.0	0029xx01	LO	1	Mitra Window Width
MITRA PRESENTATION 1.0	0029xx02	LO	1	Mitra Window Centre
MITRA PRESENTATION 1.0	0029xx03	IS	1	Mitra Invert
MITRA PRESENTATION 1.0	0029xx04	IS	1	Mitra Has Tabstop
MITRA PRESENTATION 1.0	0029xx05	CS	1	Smooth Rotation
MITRA PRESENTATION 1.0	0029xx10	CS	1	Breast Box x0
MITRA PRESENTATION 1.0	0029xx11	CS	1	Breast Box y0
MITRA PRESENTATION 1.0	0029xx12	CS	1	Breast Box x1
MITRA PRESENTATION 1.0	0029xx13	CS	1	Breast Box y1
MMCPrivate	0009xx00	LO	1	Private Creator
MMCPrivate	0009xx01	LO	1	Technologist
MMCPrivate	0009xx02	LO	1	ScheduledStudyDateTime
MMCPrivate	0009xx03	OB	1	StudyAppData
MMCPrivate	0009xx04	UI	1	ProtocolObjectID
MMCPrivate	0009xx05	LO	1	Name
MMCPrivate	0009xx06	IS	1	Frequency
MMCPrivate	0009xx07	SH	1	UpdateFlag
MMCPrivate	0009xx08	SH	1	Directory
MMCPrivate	0009xx09	LO	1	Comments
MMCPrivate	0009xx0A	LO	1	Region
MMCPrivate	0009xx0B	SH	1	Laterality
MMCPrivate	0009xx0C	TM	1	TotalScanTime
MMCPrivate	0009xx0D	LO	1	ContrastMedium
MMCPrivate	0009xx0E	LO	1	CreateDateTime
MMCPrivate	0009xx0F	LO	1	Creator
MMCPrivate	0009xx10	LO	1	SiteName
MMCPrivate	0009xx11	LO	1	ReferringPhysician
MMCPrivate	0009xx12	LO	1	Radiologist
MMCPrivate	0009xx13	LO	1	Technologist
MMCPrivate	0009xx14	UI	1	ProtocolUid
MMCPrivate	0009xx15	SH	1	IsInLibrary
MMCPrivate	0009xx16	LO	1	Gating
MMCPrivate	0009xx17	ST	1	Note
MMCPrivate	0009xx18	IS	1	NumberOfTasks
MMCPrivate	0009xx19	SH	1	IsFlagRaised
MMCPrivate	0009xx1A	SH	1	IsArchived
MMCPrivate	0009xx1B	SH	1	IsDefault
MMCPrivate	0009xx1C	OB	1	ProtocolAppData
MMCPrivate	0009xx1D	SH	1	IsAllowCascadeSave
MMCPrivate	0009xx1E	SH	1	IsAllowCascadeProtect
MMCPrivate	0009xx1F	SQ	1	TaskInfo
MMCPrivate	0009xx20	UI	1	TaskInfoObjectID
MMCPrivate	0009xx21	LO	1	Name
MMCPrivate	0009xx22	SH	1	TaskStatus
MMCPrivate	0009xx23	SH	1	TaskPriority
MMCPrivate	0009xx24	SH	1	Leaf
MMCPrivate	0009xx25	LO	1	TaskID
MMCPrivate	0009xx26	IS	1	Frequency
MMCPrivate	0009xx27	SH	1	UpdateFlag
MMCPrivate	0009xx28	SH	1	Directory
MMCPrivate	0009xx29	LO	1	Comments
MMCPrivate	0009xx2A	SH	1	Category
MMCPrivate	0009xx2B	LO	1	Region
MMCPrivate	0009xx2C	SH	1	Laterality
MMCPrivate	0009xx2D	TM	1	ScanTime
MMCPrivate	0009xx2E	LO	1	ContrastMedium
MMCPrivate	0009xx2F	LO	1	CreateDateTime
MMCPrivate	0009xx30	LO	1	Creator
MMCPrivate	0009xx31	LO	1	SiteName
MMCPrivate	0009xx32	LO	1	ReferringPhysician
MMCPrivate	0009xx33	LO	1	Radiologist
MMCPrivate	0009xx34	LO	1	Technologist
MMCPrivate	0009xx35	UI	1	TaskUid
MMCPrivate	0009xx36	UI	1	TaskInfoUid
MMCPrivate	0009xx37	SH	1	IsInLibrary
MMCPrivate	0009xx38	IS	1	TaskOrder
MMCPrivate	0009xx39	LO	1	Gating
MMCPrivate	0009xx3A	SH	1	Plane
MMCPrivate	0009xx3B	LO	1	SequenceType
MMCPrivate	0009xx3C	SH	1	IsExecutive
MMCPrivate	0009xx3D	ST	1	Note
MMCPrivate	0009xx3E	SH	1	AutoStart
MMCPrivate	0009xx3F	SH	1	AutoSave
MMCPrivate	0009xx40	SH	1	AutoArchive
MMCPrivate	0009xx41	IS	1	QueueGroupID
MMCPrivate	0009xx42	SH	1	IsFlagRaised
MMCPrivate	0009xx43	SH	1	IsArchived
MMCPrivate	0009xx44	SH	1	IsDefault
MMCPrivate	0009xx45	OB	1	TaskInfoAppData
MMCPrivate	0009xx46	SH	1	IsAllowCascadeSave
MMCPrivate	0009xx47	SH	1	IsAllowCascadeProtect
MMCPrivate	0009xx48	LO	1	ProtocolName
MMCPrivate	0009xx4E	LO	1	Cms_BodyPartExamined
MMCPrivate	0009xx4F	LO	1	IsProtected
MMCPrivate	0009xx50	OB	1	?StudyReservationInfo
MMCPrivate	0009xx51	LO	1	Cmi_contrastBolusAgent
MMCPrivate	0009xx52	LO	1	Cms_institutionName
MMCPrivate	0009xx53	LO	1	Cms_institutionalDepartmentName
MMCPrivate	0009xx54	LO	1	Cms_seriesDescription
MMCPrivate	0009xx55	LO	1	Cms_operatorsName
MMCPrivate	0009xx56	LO	1	Cms_PerformingPhysiciansName
MMCPrivate	0009xx57	ST	1	Cms_institutionAddress
MMCPrivate	0009xx58	LO	1	Cmi_imageComments
MMCPrivate	0009xx59	LO	1	Cmi_instanceCreationDateTime
MMCPrivate	0009xx5A	LO	1	MppsStepStatus
MMCPrivate	0009xx5B	IS	1	FilmedCount
MMCPrivate	0009xx5C	LO	1	IsAllowCascadeSave
MMCPrivate	0009xx5D	LO	1	IsAllowCascadeProtect
MMCPrivate	0009xx5E	LO	1	IsDeleted
MMCPrivate	0009xx5F	UI	1	ProtocolObjectID
MMCPrivate	0009xx60	OB	1	TaskInfoAppData
MMCPrivate	0009xx72	UI	1	ProtocolTaskInfoObjectID
MMCPrivate	0009xx73	IS	1	ProtocolTaskOrder
MMCPrivate	0009xx74	UI	1	ProtocolTaskUid
MMCPrivate	0009xx75	OB	1	ProtocolTaskAppData
MMCPrivate	0009xx76	SH	1	ProtocolTaskIsAllowCascadeSave
MMCPrivate	0009xx77	SH	1	ProtocolTaskIsAllowCascadeProtect
MMCPrivate	0011xx00	LO	1	Private Creator
MMCPrivate	0011xx01	LO	1	IsRapidRegistration
MMCPrivate	0011xx02	LO	1	IsProtected
MMCPrivate	0011xx03	IS	1	FilmedCount
MMCPrivate	0011xx04	OB	1	ApplicationData
MMCPrivate	0011xx05	LO	1	IsAllowCascadeSave
MMCPrivate	0011xx06	LO	1	IsAllowCascadeProtect
MMCPrivate	0011xx07	LO	1	IsDeleted
MMCPrivate	0019xx00	LO	1	Private Creator
MMCPrivate	0019xx01	LO	1	ProcType
MMCPrivate	0019xx02	LO	1	Plane
MMCPrivate	0019xx03	SH	1	IsSnapShotSeries
MMCPrivate	0019xx04	DS	1	MaxFsColor
MMCPrivate	0019xx05	LO	1	SeriesCategoryType
MMCPrivate	0019xx07	LO	1	ImageContrastBolusAgent
MMCPrivate	0019xx08	DS	1	ImageSliceThickness
MMCPrivate	0019xx09	DS	1	ImageReconstructionDiameter
MMCPrivate	0019xx0A	LO	1	ImageEchoTime
MMCPrivate	0019xx0B	DS	1	ImageRepetitionTime
MMCPrivate	0019xx0C	LO	1	SequenceType
MMCPrivate	0019xx0D	LO	1	TaskUid
MMCPrivate	0019xx0E	OB	1	SeriesAppData
MMCPrivate	0019xx0F	IS	1	MultiSliceNumber
MMCPrivate	0019xx10	LO	1	ImageScanTime
MMCPrivate	0019xx11	LO	1	IsProtected
MMCPrivate	0019xx12	IS	1	ImageIncrement
MMCPrivate	0019xx13	LO	1	MppsStepStatus
MMCPrivate	0019xx14	IS	1	StorageCommittedCount
MMCPrivate	0019xx15	IS	1	ArchivedCount
MMCPrivate	0019xx16	IS	1	TransferredCount
MMCPrivate	0019xx17	LO	1	IsAllowCascadeSave
MMCPrivate	0019xx18	LO	1	IsAllowCascadeProtect
MMCPrivate	0019xx19	LO	1	IsDeleted
MMCPrivate	0019xx1A	UI	1	CharacterizedImageInstanceUid
MMCPrivate	0019xx1B	IS	1	CharacterizedImageCount
MMCPrivate	0019xx1C	LO	1	InternalWindowWidth
MMCPrivate	0019xx1D	LO	1	InternalWindowLevel
MMCPrivate	0019xx1E	LO	1	?FlipAngle?
MMCPrivate	0019xx1F	LO	1	?InversionTime?
MMCPrivate	0019xx20	UI	1	MultiFrameSopInstanceUid
MMCPrivate	0019xx21	OB	1	?ScanInterface.GroupParamArchive
MMCPrivate	0029xx00	LO	1	Private Creator
MMCPrivate	0029xx01	IS	1	SliceNumber
MMCPrivate	0029xx02	IS	1	PhaseNumber
MMCPrivate	0029xx03	LO	1	ProcType
MMCPrivate	0029xx04	LO	1	StopwatchTime
MMCPrivate	0029xx05	LO	1	Plane
MMCPrivate	0029xx06	LO	1	ScanTime
MMCPrivate	0029xx08	LO	1	DualSliceFlag
MMCPrivate	0029xx09	LO	1	SspRatio
MMCPrivate	0029xx0A	LO	1	GatingSignalSource
MMCPrivate	0029xx0B	LO	1	Rephase
MMCPrivate	0029xx0C	LO	1	HalfEcho
MMCPrivate	0029xx0D	LO	1	RectFOVRatio
MMCPrivate	0029xx0E	LO	1	HalfScan
MMCPrivate	0029xx0F	LO	1	NumShots
MMCPrivate	0029xx10	LO	1	ContrastAgent
MMCPrivate	0029xx11	LO	1	EchoAllocation
MMCPrivate	0029xx12	LO	1	NumEchoShift
MMCPrivate	0029xx13	LO	1	FatSat
MMCPrivate	0029xx14	LO	1	MTC
MMCPrivate	0029xx15	LO	1	NumPreSat
MMCPrivate	0029xx16	LO	1	TargetVelocity
MMCPrivate	0029xx17	LO	1	VENCAxis
MMCPrivate	0029xx18	LO	1	NumVENCDirection
MMCPrivate	0029xx1C	LO	1	IsScalableWindowLevel
MMCPrivate	0029xx1D	LO	1	ThreeDSettingLineAngle
MMCPrivate	0029xx1E	LO	1	MPGTotalAxis
MMCPrivate	0029xx1F	LO	1	MPGAxisNumber
MMCPrivate	0029xx20	IS	1	MultiEchoNumber
MMCPrivate	0029xx21	DS	1	NaviAverageGateWidth
MMCPrivate	0029xx22	ST	1	ShimCompensateValue
MMCPrivate	0029xx23	LO	1	GCOffset
MMCPrivate	0029xx24	DS	1	NaviMaxGateWidth
MMCPrivate	0029xx25	DS	1	NaviMinGateWidth
MMCPrivate	0029xx26	DS	1	NaviMaxGatePosition
MMCPrivate	0029xx27	DS	1	NaviMinGatePosition
MMCPrivate	0029xx28	DS	1	TimeDuration
MMCPrivate	0029xx29	DS	1	TablePosition
MMCPrivate	0029xx2A	DS	1	NaviInitialGateWidth
MMCPrivate	0029xx2B	DS	1	NaviFinalGateWidth
MMCPrivate	0029xx2C	DS	1	NaviInitialGatePosition
MMCPrivate	0029xx2D	DS	1	NaviFinalGatePosition
MMCPrivate	0029xx2E	DS	1	NaviAverageGatePosition
MMCPrivate	0029xx2F	OB	1	ImageAppData
MMCPrivate	0029xx30	FD	1	DiffusionBValue
MMCPrivate	0029xx31	SQ	1	SharedFunctionalGroupsSequence
MMCPrivate	0029xx32	SQ	1	PerFrameFunctionalGroupsSequence
MMCPrivate	0029xx33	DS	1	LossyImageCompressionRatio
MMCPrivate	0029xx34	UI	1	InstanceCreatorUID
MMCPrivate	0029xx35	UI	1	RelatedGeneralSOPClassUID
MMCPrivate	0029xx36	UI	1	OriginalSpecializedSOPClassUID
MMCPrivate	0029xx37	SH	1	TimezoneOffsetFromUTC
MMCPrivate	0029xx38	CS	1	SOPInstanceStatus
MMCPrivate	0029xx39	DT	1	SOPAuthorizationDateandTime
MMCPrivate	0029xx3A	LT	1	SOPAuthorizationComment
MMCPrivate	0029xx3B	LO	1	AuthorizationEquipmentCertificationNumber
MMCPrivate	0029xx3C	UL	1	ConcatenationFrameOffsetNumber
MMCPrivate	0029xx3D	US	1	RepresentativeFrameNumber
MMCPrivate	0029xx3E	UI	1	ConcatenationUID
MMCPrivate	0029xx3F	US	1	InConcatenationNumber
MMCPrivate	0029xx40	CS	1	CardiacSynchronizationTechnique
MMCPrivate	0029xx41	CS	1	CardiacSignalSource
MMCPrivate	0029xx42	FD	1	CardiacRRIntervalSpecified
MMCPrivate	0029xx43	CS	1	CardiacBeatRejectionTechnique
MMCPrivate	0029xx44	IS	1	LowRRValue
MMCPrivate	0029xx45	IS	1	HighRRValue
MMCPrivate	0029xx46	IS	1	IntervalsAcquired
MMCPrivate	0029xx47	IS	1	IntervalsRejected
MMCPrivate	0029xx48	CS	1	RespiratoryMotionCompensationTechnique
MMCPrivate	0029xx49	CS	1	RespiratorySignalSource
MMCPrivate	0029xx4A	CS	1	BulkMotionCompensationTechnique
MMCPrivate	0029xx4B	CS	1	BulkMotionSignalSource
MMCPrivate	0029xx4C	CS	1	PixelPresentation
MMCPrivate	0029xx4D	CS	1	VolumetricProperties
MMCPrivate	0029xx4E	CS	1	VolumeBasedCalculationTechnique
MMCPrivate	0029xx4F	ST	1	AcquisitionContextDescription
MMCPrivate	0029xx50	SQ	1	ModalityLUTSequence
MMCPrivate	0029xx51	LO	1	LUTDescriptor
MMCPrivate	0029xx52	LO	1	LUTExplanation
MMCPrivate	0029xx53	LO	1	LUTData
MMCPrivate	0029xx54	CS	1	PresentationLUTShape
MMCPrivate	0029xx55	SQ	1	FrameAnatomySequence
MMCPrivate	0029xx56	CS	1	FrameLaterality
MMCPrivate	0029xx57	SQ	1	AnatomicRegionSequence
MMCPrivate	0029xx58	SH	1	AnatomicRegionCodeValue
MMCPrivate	0029xx59	SH	1	AnatomicRegionCodingSchemeDesignator
MMCPrivate	0029xx5A	SH	1	AnatomicRegionCodingSchemeVersion
MMCPrivate	0029xx5B	LO	1	AnatomicRegionCodeMeaning
MMCPrivate	0029xx5C	SQ	1	PixelValueTransformationSequence
MMCPrivate	0029xx5D	LO	1	RescaleType
MMCPrivate	0029xx5E	SQ	1	CardiacTriggerSequence
MMCPrivate	0029xx5F	FD	1	TriggerDelayTime
MMCPrivate	0029xx60	SQ	1	FrameVOILUTSequence
MMCPrivate	0029xx61	LO	1	WindowCenterAndWidthExplanation
MMCPrivate	0029xx62	CS	1	AcquisitionContrast
MMCPrivate	0029xx63	SQ	1	MRModifierSequence
MMCPrivate	0029xx64	CS	1	ParallelAcquisitionTechnic
MMCPrivate	0029xx65	FD	1	ParallelReductionFactorSecIn
MMCPrivate	0029xx66	CS	1	InversionRecovery
MMCPrivate	0029xx67	CS	1	FlowCompensation
MMCPrivate	0029xx68	CS	1	FlowCompensationDirection
MMCPrivate	0029xx69	CS	1	SpatialPreSaturation
MMCPrivate	0029xx6A	CS	1	PartialFourier
MMCPrivate	0029xx6B	CS	1	PartialFourierDirection
MMCPrivate	0029xx6C	CS	1	ResonantNucleus
MMCPrivate	0029xx6D	CS	1	KSpaceFiltering
MMCPrivate	0029xx6E	CS	1	ApplicableSafetyStandardAgency
MMCPrivate	0029xx6F	LO	1	ApplicableSafetyStandardDescription
MMCPrivate	0029xx70	SQ	1	MRReceiveCoilSequence
MMCPrivate	0029xx71	LO	1	ReceiveCoilManufacturerName
MMCPrivate	0029xx72	CS	1	ReceiveCoilType
MMCPrivate	0029xx73	CS	1	QuadratureReceiveCoil
MMCPrivate	0029xx74	LO	1	MultiCoilConfiguration
MMCPrivate	0029xx75	CS	1	ComplexImageComponent
MMCPrivate	0029xx76	SH	1	PulseSequenceName
MMCPrivate	0029xx77	CS	1	EchoPulseSequence
MMCPrivate	0029xx78	CS	1	MultipleSpinEcho
MMCPrivate	0029xx79	CS	1	MultiPlanarExcitation
MMCPrivate	0029xx7A	CS	1	PhaseContrast
MMCPrivate	0029xx7B	CS	1	TimeOfFlightContrast
MMCPrivate	0029xx7C	CS	1	SteadyStatePulseSequence
MMCPrivate	0029xx7D	CS	1	EchoPlanarPulseSequence
MMCPrivate	0029xx7E	CS	1	SpectrallySelectedSuppression
MMCPrivate	0029xx7F	CS	1	OversamplingPhase
MMCPrivate	0029xx80	CS	1	SegmentedKSpaceTraversal
MMCPrivate	0029xx81	CS	1	CoverageOfKSpace
MMCPrivate	0029xx82	SQ	1	MRTimingAndRelatedParametersSequence
MMCPrivate	0029xx83	US	1	RFEchoTrainLength
MMCPrivate	0029xx84	US	1	GradientEchoTrainLength
MMCPrivate	0029xx85	CS	1	GradientOutputType
MMCPrivate	0029xx86	FD	1	GradientOutput
MMCPrivate	0029xx87	SQ	1	MRFOVGeometrySequence
MMCPrivate	0029xx88	US	1	MRAcquisitionFrequencyEncodingSteps
MMCPrivate	0029xx89	US	1	MRAcquisitionPhaseEncodingStepsInPlane
MMCPrivate	0029xx8A	US	1	MRAcquisitionPhaseEncodingStepsOutOfPlane
MMCPrivate	0029xx8B	SQ	1	MRTransmitCoilSequence
MMCPrivate	0029xx8C	SH	1	TransmitCoilName
MMCPrivate	0029xx8D	LO	1	TransmitCoilManufacturerName
MMCPrivate	0029xx8E	CS	1	TransmitCoilType
MMCPrivate	0029xx8F	SQ	1	MREchoSequence
MMCPrivate	0029xx90	FD	1	EffectiveEchoTime
MMCPrivate	0029xx91	SQ	1	MRMetaboliteMapSequence
MMCPrivate	0029xx92	ST	1	MetaboliteMapDescription
MMCPrivate	0029xx93	SQ	1	MetaboliteMapCodeSequence
MMCPrivate	0029xx94	SH	1	MetaboliteMapCodeValue
MMCPrivate	0029xx95	SH	1	MetaboliteMapCodingSchemeDesignator
MMCPrivate	0029xx96	SH	1	MetaboliteMapCodingSchemeVersion
MMCPrivate	0029xx97	LO	1	MetaboliteMapCodeMeaning
MMCPrivate	0029xx98	SQ	1	MRImagingModifierSequence
MMCPrivate	0029xx99	CS	1	MagnetizationTransfer
MMCPrivate	0029xx9A	CS	1	BloodSignalNulling
MMCPrivate	0029xx9B	CS	1	Tagging
MMCPrivate	0029xx9C	FD	1	TagSpacingFirstDimension
MMCPrivate	0029xx9D	FD	1	TagSpacingSecondDimension
MMCPrivate	0029xx9E	FD	1	TagAngleFirstAxis
MMCPrivate	0029xx9F	SS	1	TagAngleSecondAxis
MMCPrivate	0029xxA0	FD	1	TagThickness
MMCPrivate	0029xxA1	FD	1	TaggingDelay
MMCPrivate	0029xxA2	FD	1	TransmitterFrequency
MMCPrivate	0029xxA3	DS	1	PixelBandwidth
MMCPrivate	0029xxA4	SQ	1	MRVelocityEncodingSequence
MMCPrivate	0029xxA5	FD	1	VelocityEncodingDirection
MMCPrivate	0029xxA6	FD	1	VelocityEncodingMinimumValue
MMCPrivate	0029xxA7	FD	1	VelocityEncodingMaximumValue
MMCPrivate	0029xxA8	SQ	1	MRImageFrameTypeSequence
MMCPrivate	0029xxA9	CS	1	FrameType
MMCPrivate	0029xxAA	CS	1	PixelPresentation
MMCPrivate	0029xxAB	CS	1	VolumetricProperties
MMCPrivate	0029xxAC	CS	1	VolumeBasedCalculationTechnique
MMCPrivate	0029xxAD	IS	1	FilmedCount
MMCPrivate	0029xxAE	LO	1	IsTransferred
MMCPrivate	0029xxAF	LO	1	IsArchived
MMCPrivate	0029xxB0	LO	1	MppsStepStatus
MMCPrivate	0029xxB1	LO	1	CommitmentStatus
MMCPrivate	0029xxB2	LO	1	IsStorageCommitted
MMCPrivate	0029xxB3	LO	1	IsDicom
MMCPrivate	0029xxB4	LO	1	IsAllowCascadeSave
MMCPrivate	0029xxB5	LO	1	IsAllowCascadeProtect
MMCPrivate	0029xxB6	LO	1	IsDeleted
MMCPrivate	0029xxB7	OB	1	ApplicationData
MMCPrivate	0029xxB8	LO	1	IsAllowCascadeSave
MMCPrivate	0029xxB9	LO	1	IsAllowCascadeProtect
MMCPrivate	0029xxBA	LO	1	IsDeleted
MMCPrivate	0029xxBB	IS	1	VOI1
MMCPrivate	0029xxBC	IS	1	VOI2
MMCPrivate	0029xxBD	UI	1	BackgroundImageInstanceUID
MMCPrivate	0029xxBE	LO	1	IsStoredToPortableMedia
MMCPrivate	0029xxBF	DS	1	Voi1
MMCPrivate	0029xxC0	FD	1	SelectiveIRColumn
MMCPrivate	0029xxC1	DS	1	Voi2
MMCPrivate	0029xxC2	DS	1	MixingTime
MMCPrivate	0029xxC3	DS	1	SelectiveIRPosition
MMCPrivate	0029xxC4	DS	1	SelectiveIRRow
MMCPrivate	0029xxC5	DS	1	SelectiveIRColumn
MMCPrivate	0029xxC6	DS	1	SelectiveIROrientation
MMCPrivate	0029xxC7	LO	1	SelectiveIRThickness
MMCPrivate	0029xxC8	SH	1	RephaseOrderSlice
MMCPrivate	0029xxC9	SH	1	RephaseOrderPhase
MMCPrivate	0029xxCA	SH	1	RephaseOrderFreq
MMCPrivate	0029xxCB	ST	1	MetaboliteMapDescription
MMCPrivate	0029xxCC	SQ	1	volumeLocalizationSeq
MMCPrivate	0029xxCD	FD	1	SlabThickness
MMCPrivate	0029xxCE	FD	1	SlabOrientation
MMCPrivate	0029xxCF	FD	1	MidSlabPosition
MMCPrivate	0029xxD0	LO	1	AcqModeSliceDir
MMCPrivate	0029xxD1	LO	1	IRThicknessRatio
MMCPrivate	0029xxD2	LO	1	BBIRThicknessRatio
MMCPrivate	0029xxD3	LO	1	DeltaAngle
MMCPrivate	0029xxD4	IS	1	MultiFrameFrameNumber
MMCPrivate	0029xxD5	UI	1	EnhancedSopInstanceUid
MMCPrivate	0029xxD6	LO	1	PolarityOfPhaseEncoding
MMCPrivate	0029xxD7	OB	1	PresentationStates
MMCPrivate	0029xxD9	DS	3	Magnetic Field Direction
MMCPrivate	0041xx01	OB	1	RawDataAppData
MMCPrivate	0041xx02	SQ	1	RawDataIndex
MMCPrivate	0041xx03	LO	1	ChannelNumber
MMCPrivate	0041xx04	LO	1	AxisDirection
MMCPrivate	0041xx05	LO	1	SlabNumbe
MMCPrivate	0041xx06	LO	1	CardiacPhaseNumbe
MMCPrivate	0041xx07	LO	1	EchoNumber
MMCPrivate	0041xx08	LO	1	SliceEncodeNumber
MMCPrivate	0041xx09	LO	1	NsaNumber
MMCPrivate	0041xx0A	OB	1	RawData
MMCPrivate	0041xx0B	SS	1	RawDataMRInfo
MMCPrivate	0041xx0C	IS	1	NumberOfVoxels
MMCPrivate	0041xx0D	DS	1	MixingTime
MMCPrivate	0041xx0E	DS	1	ADDiff
MMCPrivate	0041xx0F	LO	1	ScanTime
MMCPrivate	0041xx10	LO	1	NumPreSat
MMCPrivate	0041xx11	LO	1	IsStoredToPortableMedia
MMCPrivate	0041xx12	DS	1	Voi1
MMCPrivate	0041xx13	DS	1	Voi2
MMCPrivate	0041xx14	DS	1	VoxelSize
MMCPrivate	0041xx15	IS	1	FreqPoint
MMCPrivate	0041xx16	SH	1	LowOrderShim
MMCPrivate	0041xx17	SH	1	EccLevel
MMCPrivate	0041xx18	FL	1	FwhmHz
MMCPrivate	0041xx19	FL	1	FwhmPpm
MMCPrivate	0041xx1A	FL	1	WaterSupRate
MMCPrivate	0071xx01	FL	1	ForegroundTransparency
MMCPrivate	0071xx02	LO	1	IsDisplayBackgroundImage
MMCPrivate	0071xx03	FL	1	ForegroundHorizontalShift
MMCPrivate	0071xx04	FL	1	ForegroundVerticalShift
MMCPrivate	0071xx05	FL	1	ForegroundRotationAngle
MMCPrivate	0071xx06	FL	1	ForegroundMagnification
MMCPrivate	0071xx07	OB	1	ApplicationData
Mayo/IBM Archive Project	0021xx01	UN	1	Unknown
Mayo/IBM Archive Project	0021xx10	UN	1	Unknown
Mayo/IBM Archive Project	0021xx11	UN	1	Unknown
Mayo/IBM Archive Project	0021xx12	UN	1	Unknown
Mayo/IBM Archive Project	0021xx13	UN	1	Unknown
Mayo/IBM Archive Project	0021xx14	UN	1	Unknown
Mayo/IBM Archive Project	0021xx15	UN	1	Unknown
Mayo/IBM Archive Project	0021xx16	UN	1	Unknown
Mayo/IBM Archive Project	0021xx17	UN	1	Unknown
Mayo/IBM Archive Project	0021xx18	UN	1	Unknown
Mayo/IBM Archive Project	0021xx19	UN	1	Unknown
Mayo/IBM Archive Project	0021xx1A	UN	1	Unknown
Mayo/IBM Archive Project	0021xx1B	UN	1	Unknown
Mayo/IBM Archive Project	0021xx1C	UN	1	Unknown
Mayo/IBM Archive Project	0021xx1D	UN	1	Unknown
Mayo/IBM Archive Project	0021xx1E	UN	1	Unknown
Mayo/IBM Archive Project	0021xx1F	UN	1	Unknown
Mayo/IBM Archive Project	0021xx20	UN	1	Unknown
Mayo/IBM Archive Project	0021xx40	UN	1	Unknown
Mayo/IBM Archive Project	0021xx41	UN	1	Unknown
Mayo/IBM Archive Project	0021xx50	UN	1	Unknown
Mayo/IBM Archive Project	0021xx60	UN	1	Unknown
Mayo/IBM Archive Project	0021xx65	UN	1	Unknown
MeVis BreastCare	0019xx01	LO	1	Unknown
MeVis BreastCare	0071xx01	LO	1	Unknown
MeVis eD: Geometry Information	0009xx11	UN	1	GeoScannerOrigin
MeVis eD: Geometry Information	0009xx21	UN	1	SlicesID
MeVis eD: Slice Information	0009xx10	UN	1	SlicesSOPInstanceUID
MeVis eD: Timepoint Information	0009xx10	UN	1	TPDateTime
MeVis eD: Timepoint Information	0009xx11	UN	1	TPDateTimeType
MeVis eD: Timepoint Information	0009xx12	UN	1	TPSeriesDescription
MeVis eD: Timepoint Information	0009xx13	UN	1	TPGradientDirections
MeVis eD: Timepoint Information	0009xx21	UN	1	GeometryID
MeVis eatDicom	0009xx10	UN	1	EatDicomVersion
MeVis eatDicom	0009xx11	UN	1	EatDicomOptions
MeVis eatDicom	0009xx21	UN	1	TimepointsID
MedIns HP Extensions	5473xx03	LO	1	Unknown
Mitra Markup 1.0	0029xx00	OB	1-n	Markup1
Mitra Markup 1.0	0029xx01	OB	1-n	Markup2
Mitra Markup 1.0	0029xx02	OB	1-n	Markup3
Mitra Markup 1.0	0029xx03	OB	1-n	Markup4
Mitra Markup 1.0	0029xx04	OB	1-n	Markup5
Mitra Markup 1.0	0029xx05	OB	1-n	Markup6
Mitra Markup 1.0	0029xx06	OB	1-n	Markup7
Mitra Markup 1.0	0029xx07	OB	1-n	Markup8
Mitra Markup 1.0	0029xx08	OB	1-n	Markup9
Mitra Markup 1.0	0029xx09	OB	1-n	Markup10
Mitra Markup 1.0	0029xx10	OB	1-n	Markup11
Mitra Markup 1.0	0029xx11	OB	1-n	Markup12
Mitra Markup 1.0	0029xx12	OB	1	Markup13
Mitra Markup 1.0	0029xx13	OB	1	Markup14
Mitra Markup 1.0	0029xx14	OB	1	Markup15
Mitra Object Document 1.0	0029xx00	OB	1	IMPAX object document
Mitra Object Document 1.0	0029xx10	OB	1	IMPAX markup XML stored
Mitra Presentation 1.0	0029xx00	CS	1	Mitra Rotation
Mitra Presentation 1.0	0029xx01	LO	1	Mitra Window Width
Mitra Presentation 1.0	0029xx02	LO	1	Mitra Window Centre
Mitra Presentation 1.0	0029xx03	IS	1	Mitra Invert
Mitra Presentation 1.0	0029xx04	IS	1	Mitra Has Tabstop
Mitra Presentation 1.0	0029xx05	CS	1	Smooth Rotation
Mortara_Inc	1455xx00	OW	1	ELI Interpretation Vector
Mortara_Inc	1455xx01	UN	1	Custom ID
Mortara_Inc	1455xx02	UT	1	Race
Mortara_Inc	1455xx03	UT	1	Social Security Number
Mortara_Inc	1455xx04	UT	1	Attending Physician
Mortara_Inc	1455xx05	UT	1	Procedural Diagnosis
Mortara_Inc	1455xx06	UT	1	Note1
Mortara_Inc	1455xx07	UT	1	Note2
Mortara_Inc	1455xx08	LO	1	Order Request Number
Mortara_Inc	1455xx10	LO	1	Manufacturer Name
NUD_PRIVATE	7777xx02	UT	1	Interfile
NUD_PRIVATE	7777xx05	IS	1	Unknown
ObjectModel (ID, Version, Place, PlaceDescription)	8101xx00	LO	1	ID
ObjectModel (ID, Version, Place, PlaceDescription)	8101xx10	LO	1	Version
PAPYRUS	0009xx00	LT	1	Original File Name
PAPYRUS	0009xx10	LT	1	Original File Location
PAPYRUS	0009xx18	LT	1	Data Set Identifier
PAPYRUS	0041xx00	LT	1-n	Papyrus Comments
PAPYRUS	0041xx10	US	1	Folder Type
PAPYRUS	0041xx11	LT	1	Patient Folder Data Set ID
PAPYRUS	0041xx20	LT	1	Folder Name
PAPYRUS	0041xx30	DA	1	Creation Date
PAPYRUS	0041xx32	TM	1	Creation Time
PAPYRUS	0041xx34	DA	1	Modified Date
PAPYRUS	0041xx36	TM	1	Modified Time
PAPYRUS	0041xx40	LT	1-n	Owner Name
PAPYRUS	0041xx50	LT	1	Folder Status
PAPYRUS	0041xx60	UL	1	Number of Images
PAPYRUS	0041xx62	UL	1	Number of Other
PAPYRUS	0041xxA0	LT	1-n	External Folder Element DSID
PAPYRUS	0041xxA1	US	1-n	External Folder Element Data Set Type
PAPYRUS	0041xxA2	LT	1-n	External Folder Element File Location
PAPYRUS	0041xxA3	UL	1-n	External Folder Element Length
PAPYRUS	0041xxB0	LT	1-n	Internal Folder Element DSID
PAPYRUS	0041xxB1	US	1-n	Internal Folder Element Data Set Type
PAPYRUS	0041xxB2	UL	1-n	Internal Offset To Data Set
PAPYRUS	0041xxB3	UL	1-n	Internal Offset To Image
PAPYRUS 3.0	0041xx00	LT	1	Comments
PAPYRUS 3.0	0041xx10	SQ	1	Pointer Sequence
PAPYRUS 3.0	0041xx11	UL	1	Image Pointer
PAPYRUS 3.0	0041xx12	UL	1	Pixel Offset
PAPYRUS 3.0	0041xx13	SQ	1	Image Identifier Sequence
PAPYRUS 3.0	0041xx14	SQ	1	External PAPYRUS-File Reference Sequence
PAPYRUS 3.0	0041xx15	US	1	Number of images
PAPYRUS 3.0	0041xx21	UI	1	Referenced SOP Class UID
PAPYRUS 3.0	0041xx22	UI	1	Referenced SOP Instance UID
PAPYRUS 3.0	0041xx31	LO	1	Referenced File Name
PAPYRUS 3.0	0041xx32	LO	1-n	Referenced File Path
PAPYRUS 3.0	0041xx41	UI	1	Referenced Image SOP Class UID
PAPYRUS 3.0	0041xx42	UI	1	Referenced Image SOP Instance UID
PAPYRUS 3.0	0041xx50	SQ	1	Image Sequence
PAPYRUS 3.0	60xxxx00	IS	1	Overlay ID
PAPYRUS 3.0	60xxxx01	LT	1-n	Linked Overlays
PAPYRUS 3.0	60xxxx10	US	1	Overlay Rows
PAPYRUS 3.0	60xxxx11	US	1	Overlay Columns
PAPYRUS 3.0	60xxxx40	LO	1	Overlay Type
PAPYRUS 3.0	60xxxx50	US	1-n	Overlay Origin
PAPYRUS 3.0	60xxxx60	LO	1	Editable
PAPYRUS 3.0	60xxxx70	LO	1	Overlay Font
PAPYRUS 3.0	60xxxx72	LO	1	Overlay Style
PAPYRUS 3.0	60xxxx74	US	1	Overlay Font Size
PAPYRUS 3.0	60xxxx76	LO	1	Overlay Color
PAPYRUS 3.0	60xxxx78	US	1	Shadow Size
PAPYRUS 3.0	60xxxx80	LO	1	Fill Pattern
PAPYRUS 3.0	60xxxx82	US	1	Overlay Pen Size
PAPYRUS 3.0	60xxxxA0	LO	1	Label
PAPYRUS 3.0	60xxxxA2	LT	1	Post It Text
PAPYRUS 3.0	60xxxxA4	US	2	Anchor Point
PAPYRUS 3.0	60xxxxB0	LO	1	ROI Type
PAPYRUS 3.0	60xxxxB2	LT	1	Attached Annotation
PAPYRUS 3.0	60xxxxBA	US	1-n	Contour Points
PAPYRUS 3.0	60xxxxBC	US	1-n	Mask Data
PAPYRUS 3.0	60xxxxC0	SQ	1	UIN Overlay Sequence
PHILIPS MR	0009xx10	LO	1	SPI Release
PHILIPS MR	0009xx12	LO	1	Unknown
PHILIPS MR R5.5/PART	0019xx00	DS	2	Field of View
PHILIPS MR R5.6/PART	0019xx00	DS	1	Field of View
PHILIPS MR SPECTRO;1	0019xx01	US	1	Unknown
PHILIPS MR SPECTRO;1	0019xx02	US	1	Unknown
PHILIPS MR SPECTRO;1	0019xx03	US	1	Unknown
PHILIPS MR SPECTRO;1	0019xx04	US	1	Unknown
PHILIPS MR SPECTRO;1	0019xx05	US	1	Unknown
PHILIPS MR SPECTRO;1	0019xx06	US	1	Unknown
PHILIPS MR SPECTRO;1	0019xx07	IS	1	Unknown
PHILIPS MR SPECTRO;1	0019xx08	IS	1	Unknown
PHILIPS MR SPECTRO;1	0019xx09	IS	1	Unknown
PHILIPS MR SPECTRO;1	0019xx10	IS	1	Unknown
PHILIPS MR SPECTRO;1	0019xx12	IS	1	Unknown
PHILIPS MR SPECTRO;1	0019xx13	IS	1	Unknown
PHILIPS MR SPECTRO;1	0019xx14	US	1	Unknown
PHILIPS MR SPECTRO;1	0019xx15	US	1-n	Unknown
PHILIPS MR SPECTRO;1	0019xx16	IS	1	Unknown
PHILIPS MR SPECTRO;1	0019xx17	IS	1	Unknown
PHILIPS MR SPECTRO;1	0019xx18	UN	1	Unknown
PHILIPS MR SPECTRO;1	0019xx20	IS	1	Unknown
PHILIPS MR SPECTRO;1	0019xx21	IS	1	Unknown
PHILIPS MR SPECTRO;1	0019xx22	IS	1	Unknown
PHILIPS MR SPECTRO;1	0019xx23	IS	1	Unknown
PHILIPS MR SPECTRO;1	0019xx24	IS	1	Unknown
PHILIPS MR SPECTRO;1	0019xx25	IS	1	Unknown
PHILIPS MR SPECTRO;1	0019xx26	IS	1	Unknown
PHILIPS MR SPECTRO;1	0019xx27	IS	1	Unknown
PHILIPS MR SPECTRO;1	0019xx28	IS	1	Unknown
PHILIPS MR SPECTRO;1	0019xx29	IS	1-n	Unknown
PHILIPS MR SPECTRO;1	0019xx31	US	1	Unknown
PHILIPS MR SPECTRO;1	0019xx32	US	1	Unknown
PHILIPS MR SPECTRO;1	0019xx41	LT	1	Unknown
PHILIPS MR SPECTRO;1	0019xx42	IS	2	Unknown
PHILIPS MR SPECTRO;1	0019xx43	IS	2	Unknown
PHILIPS MR SPECTRO;1	0019xx45	US	1	Unknown
PHILIPS MR SPECTRO;1	0019xx46	US	1	Unknown
PHILIPS MR SPECTRO;1	0019xx47	IS	1	Unknown
PHILIPS MR SPECTRO;1	0019xx48	IS	1	Unknown
PHILIPS MR SPECTRO;1	0019xx49	US	1	Unknown
PHILIPS MR SPECTRO;1	0019xx50	UN	1	Unknown
PHILIPS MR SPECTRO;1	0019xx60	US	1	Unknown
PHILIPS MR SPECTRO;1	0019xx61	US	1	Unknown
PHILIPS MR SPECTRO;1	0019xx70	UN	1	Unknown
PHILIPS MR SPECTRO;1	0019xx71	IS	1-n	Unknown
PHILIPS MR SPECTRO;1	0019xx72	US	1	Unknown
PHILIPS MR SPECTRO;1	0019xx73	US	1	Unknown
PHILIPS MR SPECTRO;1	0019xx74	US	1	Unknown
PHILIPS MR SPECTRO;1	0019xx76	US	1	Unknown
PHILIPS MR SPECTRO;1	0019xx77	US	1	Unknown
PHILIPS MR SPECTRO;1	0019xx78	US	1	Unknown
PHILIPS MR SPECTRO;1	0019xx79	US	1	Unknown
PHILIPS MR SPECTRO;1	0019xx80	IS	1	Unknown
PHILIPS MR/LAST	0019xx09	DS	1	Main Magnetic Field
PHILIPS MR/LAST	0019xx0E	IS	1	Flow Compensation
PHILIPS MR/LAST	0019xxB1	IS	1	Minimum RR Interval
PHILIPS MR/LAST	0019xxB2	IS	1	Maximum RR Interval
PHILIPS MR/LAST	0019xxB3	IS	1	Number of Rejections
PHILIPS MR/LAST	0019xxB4	IS	1-n	Number of RR Intervals
PHILIPS MR/LAST	0019xxB5	IS	1	Arrhythmia Rejection
PHILIPS MR/LAST	0019xxB7	IS	1	Unknown
PHILIPS MR/LAST	0019xxC0	DS	1-n	Unknown
PHILIPS MR/LAST	0019xxC6	IS	1	Cycled Multiple Slice
PHILIPS MR/LAST	0019xxCE	IS	1	REST
PHILIPS MR/LAST	0019xxD5	DS	1	Unknown
PHILIPS MR/LAST	0019xxD6	IS	1	Fourier Interpolation
PHILIPS MR/LAST	0019xxD9	IS	1-n	Unknown
PHILIPS MR/LAST	0019xxE0	IS	1	Prepulse
PHILIPS MR/LAST	0019xxE1	DS	1	Prepulse Delay
PHILIPS MR/LAST	0019xxE2	IS	1	Unknown
PHILIPS MR/LAST	0019xxE3	DS	1	Unknown
PHILIPS MR/LAST	0019xxE4	IS	1	Unknown
PHILIPS MR/LAST	0019xxE5	DS	1	Unknown
PHILIPS MR/LAST	0019xxF0	LT	1	WS Protocol String 1
PHILIPS MR/LAST	0019xxF1	LT	1	WS Protocol String 2
PHILIPS MR/LAST	0019xxF2	LT	1	WS Protocol String 3
PHILIPS MR/LAST	0019xxF3	LT	1	WS Protocol String 4
PHILIPS MR/LAST	0021xx00	IS	1	Unknown
PHILIPS MR/LAST	0021xx10	IS	1	Unknown
PHILIPS MR/LAST	0021xx20	IS	1	Unknown
PHILIPS MR/LAST	0021xx21	DS	1	Slice Gap
PHILIPS MR/LAST	0021xx22	DS	1	Stack Radial Angle
PHILIPS MR/LAST	0027xx00	US	1	Unknown
PHILIPS MR/LAST	0027xx11	US	1-n	Unknown
PHILIPS MR/LAST	0027xx12	DS	1-n	Unknown
PHILIPS MR/LAST	0027xx13	DS	1-n	Unknown
PHILIPS MR/LAST	0027xx14	DS	1-n	Unknown
PHILIPS MR/LAST	0027xx15	DS	1-n	Unknown
PHILIPS MR/LAST	0027xx16	LO	1	Unknown
PHILIPS MR/LAST	0029xx10	DS	1	FP Min
PHILIPS MR/LAST	0029xx20	DS	1	FP Max
PHILIPS MR/LAST	0029xx30	DS	1	Scaled Minimum
PHILIPS MR/LAST	0029xx40	DS	1	Scaled Maximum
PHILIPS MR/LAST	0029xx50	DS	1	Window Minimum
PHILIPS MR/LAST	0029xx60	DS	1	Window Maximum
PHILIPS MR/LAST	0029xx61	IS	1	Unknown
PHILIPS MR/LAST	0029xx62	IS	1	Unknown
PHILIPS MR/LAST	0029xx70	DS	1	Unknown
PHILIPS MR/LAST	0029xx71	DS	1	Unknown
PHILIPS MR/LAST	0029xx72	IS	1	Unknown
PHILIPS MR/LAST	0029xx80	IS	2	View Center
PHILIPS MR/LAST	0029xx81	IS	2	View Size
PHILIPS MR/LAST	0029xx82	IS	1	View Zoom
PHILIPS MR/LAST	0029xx83	IS	1	View Transform
PHILIPS MR/LAST	0041xx07	LO	1	Unknown
PHILIPS MR/LAST	0041xx09	DS	1	Unknown
PHILIPS MR/LAST	6001xx00	LT	1	Unknown
PHILIPS MR/PART	0019xx00	DS	1	Field of View
PHILIPS MR/PART	0019xx01	IS	1-n	Stack Type
PHILIPS MR/PART	0019xx02	IS	1-n	Unknown
PHILIPS MR/PART	0019xx03	DS	1	Unknown
PHILIPS MR/PART	0019xx05	DS	1	CC Angulation
PHILIPS MR/PART	0019xx06	DS	1	AP Angulation
PHILIPS MR/PART	0019xx07	DS	1	LR Angulation
PHILIPS MR/PART	0019xx08	IS	1	Patient Orientation 1
PHILIPS MR/PART	0019xx09	IS	1	Patient Orientation
PHILIPS MR/PART	0019xx0A	IS	1	Slice Orientation
PHILIPS MR/PART	0019xx0B	DS	1	LR Offcenter
PHILIPS MR/PART	0019xx0C	DS	1	CC Offcenter
PHILIPS MR/PART	0019xx0D	DS	1	AP Offcenter
PHILIPS MR/PART	0019xx0E	DS	1	Unknown
PHILIPS MR/PART	0019xx0F	IS	1	Number of Slices
PHILIPS MR/PART	0019xx10	DS	1	Slice Factor
PHILIPS MR/PART	0019xx11	DS	1-n	Echo Times
PHILIPS MR/PART	0019xx14	CS	1	Unknown
PHILIPS MR/PART	0019xx15	IS	1	Dynamic Study
PHILIPS MR/PART	0019xx18	DS	1	Heartbeat Interval
PHILIPS MR/PART	0019xx19	DS	1	Repetition Time FFE
PHILIPS MR/PART	0019xx1A	DS	1	FFE Flip Angle
PHILIPS MR/PART	0019xx1B	IS	1	Number of Scans
PHILIPS MR/PART	0019xx1C	CS	1	Unknown
PHILIPS MR/PART	0019xx1D	CS	1	Unknown
PHILIPS MR/PART	0019xx1E	DS	1	Unknown
PHILIPS MR/PART	0019xx21	DS	1-n	Unknown
PHILIPS MR/PART	0019xx22	DS	1	Dynamic Scan Time Begin
PHILIPS MR/PART	0019xx23	DS	1-n	Unknown
PHILIPS MR/PART	0019xx24	IS	1	Unknown
PHILIPS MR/PART	0019xx25	DS	1-n	Unknown
PHILIPS MR/PART	0019xx26	DS	1-n	Unknown
PHILIPS MR/PART	0019xx27	DS	1-n	Unknown
PHILIPS MR/PART	0019xx28	CS	1	Unknown
PHILIPS MR/PART	0019xx29	DS	1-n	Unknown
PHILIPS MR/PART	0019xx30	LO	1-n	Unknown
PHILIPS MR/PART	0019xx31	DS	1-n	Unknown
PHILIPS MR/PART	0019xx40	US	1	Unknown
PHILIPS MR/PART	0019xx45	IS	1	Reconstruction Resolution
PHILIPS MR/PART	0019xx50	IS	1	Unknown
PHILIPS MR/PART	0019xx51	DS	1	Unknown
PHILIPS MR/PART	0019xx52	DS	1	Unknown
PHILIPS MR/PART	0019xx53	IS	1	Unknown
PHILIPS MR/PART	0019xx54	DS	1	Unknown
PHILIPS MR/PART	0019xx55	DS	1	Unknown
PHILIPS MR/PART	0019xx56	DS	1	Unknown
PHILIPS MR/PART	0019xx57	US	1	Unknown
PHILIPS MR/PART	0019xx58	DS	1	Unknown
PHILIPS MR/PART	0019xx59	US	1	Unknown
PHILIPS MR/PART	0019xx60	DS	1	Unknown
PHILIPS MR/PART	0019xx61	DS	1	Unknown
PHILIPS MR/PART	0019xx62	DS	1	Unknown
PHILIPS MR/PART	0019xx63	DS	1	Unknown
PHILIPS MR/PART	0019xx64	DS	1	Repetition Time SE
PHILIPS MR/PART	0019xx65	DS	1	Repetition Time IR
PHILIPS MR/PART	0019xx66	US	1	Unknown
PHILIPS MR/PART	0019xx67	US	1	Unknown
PHILIPS MR/PART	0019xx69	IS	1	Number of Phases
PHILIPS MR/PART	0019xx6A	IS	1	Cardiac Frequency
PHILIPS MR/PART	0019xx6B	DS	1	Inversion Delay
PHILIPS MR/PART	0019xx6C	DS	1	Gate Delay
PHILIPS MR/PART	0019xx6D	DS	1	Gate Width
PHILIPS MR/PART	0019xx6E	DS	1	Trigger Delay Time
PHILIPS MR/PART	0019xx70	DS	1-n	Unknown
PHILIPS MR/PART	0019xx80	IS	1	Number of Chemical Shifts
PHILIPS MR/PART	0019xx81	DS	1	Chemical Shift
PHILIPS MR/PART	0019xx84	IS	1	Number of Rows
PHILIPS MR/PART	0019xx85	IS	1	Number of Samples
PHILIPS MR/PART	0019xx8A	CS	1	Unknown
PHILIPS MR/PART	0019xx8B	CS	1	Unknown
PHILIPS MR/PART	0019xx8C	CS	1	Unknown
PHILIPS MR/PART	0019xx8D	CS	1	Unknown
PHILIPS MR/PART	0019xx8E	CS	1	Unknown
PHILIPS MR/PART	0019xx8F	CS	1	Unknown
PHILIPS MR/PART	0019xx94	LO	1	Magnetization Transfer Contrast
PHILIPS MR/PART	0019xx95	LO	1	Spectral Presaturation With Inversion Recovery
PHILIPS MR/PART	0019xx96	IS	1	Unknown
PHILIPS MR/PART	0019xx97	LO	1	Unknown
PHILIPS MR/PART	0019xx99	LO	1	Unknown
PHILIPS MR/PART	0019xxA0	IS	1	Unknown
PHILIPS MR/PART	0019xxA1	DS	1	Unknown
PHILIPS MR/PART	0019xxA3	DS	1	Unknown
PHILIPS MR/PART	0019xxA4	CS	1	Unknown
PHILIPS MR/PART	0019xxB4	DS	1	Unknown
PHILIPS MR/PART	0019xxB5	DS	1	Unknown
PHILIPS MR/PART	0019xxB6	DS	1	Unknown
PHILIPS MR/PART	0019xxC0	DS	1	Trigger Delay Times
PHILIPS MR/PART	0019xxC8	IS	1	Unknown
PHILIPS MR/PART	0019xxC9	IS	1	Foldover Direction Transverse
PHILIPS MR/PART	0019xxCA	IS	1	Foldover Direction Sagittal
PHILIPS MR/PART	0019xxCB	IS	1	Foldover Direction Coronal
PHILIPS MR/PART	0019xxCC	IS	1	Unknown
PHILIPS MR/PART	0019xxCD	IS	1	Unknown
PHILIPS MR/PART	0019xxCE	IS	1	Unknown
PHILIPS MR/PART	0019xxCF	IS	1	Number of Echoes
PHILIPS MR/PART	0019xxD0	IS	1	Scan Resolution
PHILIPS MR/PART	0019xxD1	US	1	Unknown
PHILIPS MR/PART	0019xxD2	LO	2	Water Fat Shift
PHILIPS MR/PART	0019xxD3	DS	1	Unknown
PHILIPS MR/PART	0019xxD4	IS	1	Artifact Reduction
PHILIPS MR/PART	0019xxD5	IS	1	Unknown
PHILIPS MR/PART	0019xxD6	IS	1	Unknown
PHILIPS MR/PART	0019xxD7	DS	1	Scan Percentage
PHILIPS MR/PART	0019xxD8	IS	1	Halfscan
PHILIPS MR/PART	0019xxD9	IS	1	EPI Factor
PHILIPS MR/PART	0019xxDA	IS	1	Turbo Factor
PHILIPS MR/PART	0019xxDB	IS	1	Unknown
PHILIPS MR/PART	0019xxE0	IS	1	Percentage of Scan Completed
PHILIPS MR/PART	0019xxE1	DS	1	Prepulse Delay
PHILIPS MR/PART	0019xxE3	DS	1	Phase Contrast Velocity
PHILIPS MR/PART	0019xxF0	IS	1	Unknown
PHILIPS MR/PART	0019xxF6	CS	1	Unknown
PHILIPS MR/PART	0019xxF7	CS	1	Unknown
PHILIPS MR/PART	0019xxF8	CS	1	Unknown
PHILIPS MR/PART	0019xxF9	CS	1	Unknown
PHILIPS MR/PART	0019xxFA	CS	1	Unknown
PHILIPS MR/PART	0019xxFB	CS	1	Unknown
PHILIPS MR/PART	0019xxFC	IS	1	Resonance Frequency
PHILIPS MR/PART	0021xx00	IS	1	Scan Date
PHILIPS MR/PART	0021xx06	LO	1	Unknown
PHILIPS MR/PART	0021xx07	DT	1	Unknown
PHILIPS MR/PART	0021xx08	LO	1	Unknown
PHILIPS MR/PART	0021xx09	CS	1	Unknown
PHILIPS MR/PART	0021xx0A	CS	1	Unknown
PHILIPS MR/PART	0021xx0F	LO	1	Unknown
PHILIPS MR/PART	0021xx10	IS	1	Image Type
PHILIPS MR/PART	0021xx13	CS	1	Unknown
PHILIPS MR/PART	0021xx14	LO	1	Unknown
PHILIPS MR/PART	0021xx15	US	1	Unknown
PHILIPS MR/PART	0021xx20	IS	1	Slice Number
PHILIPS MR/PART	0021xx21	IS	1	Slice Gap
PHILIPS MR/PART	0021xx30	IS	1	Echo Number
PHILIPS MR/PART	0021xx31	DS	1	Patient Reference ID
PHILIPS MR/PART	0021xx35	IS	1	Chemical Shift Number
PHILIPS MR/PART	0021xx40	IS	1	Phase Number
PHILIPS MR/PART	0021xx50	IS	1	Dynamic Scan Number
PHILIPS MR/PART	0021xx60	IS	1	Number of Rows In Object
PHILIPS MR/PART	0021xx61	IS	1-n	Row Number
PHILIPS MR/PART	0021xx62	IS	1-n	Unknown
PHILIPS MR/PART	0029xx00	DS	2	Unknown
PHILIPS MR/PART	0029xx04	US	1	Unknown
PHILIPS MR/PART	0029xx10	DS	1	Unknown
PHILIPS MR/PART	0029xx11	DS	1	Unknown
PHILIPS MR/PART	0029xx20	LO	1	Unknown
PHILIPS MR/PART	0029xx31	DS	2	Unknown
PHILIPS MR/PART	0029xx32	DS	2	Unknown
PHILIPS MR/PART	0029xx50	DS	1	Unknown
PHILIPS MR/PART	0029xx51	DS	1	Unknown
PHILIPS MR/PART	0029xx52	DS	1	Unknown
PHILIPS MR/PART	0029xx53	DS	1	Unknown
PHILIPS MR/PART	0029xxC3	IS	1	Scan Resolution
PHILIPS MR/PART	0029xxC4	IS	1	Field of View
PHILIPS MR/PART	0029xxD5	LT	1	Slice Thickness
PHILIPS MR/PART 12	0009xx10	US	1	Unknown
PHILIPS MR/PART 6	0019xx10	IS	1	Unknown
PHILIPS MR/PART 7	0019xx00	IS	1	Unknown
PHILIPS NM -Private	7051xx00	US	1	Current Segment
PHILIPS NM -Private	7051xx01	US	1	Number of Segments
PHILIPS NM -Private	7051xx02	FL	1	Segment Start Position
PHILIPS NM -Private	7051xx03	FL	1	Segment Stop Position
PHILIPS NM -Private	7051xx04	FL	1	Rel. COR offset - X dir.
PHILIPS NM -Private	7051xx05	FL	1	Rel. COR offset - Z dir.
PHILIPS NM -Private	7051xx06	US	1	Current Rotation Number
PHILIPS NM -Private	7051xx07	US	1	Number of Rotations
PHILIPS NM -Private	7051xx10	DS	1	Alignment Translations
PHILIPS NM -Private	7051xx11	DS	1	Alignment Rotations
PHILIPS NM -Private	7051xx12	DS	1	Alignment Timestamp
PHILIPS UNDOCUMENTED	5503xx12	SL	1	Slice Thickness
PHILIPS UNDOCUMENTED	5503xx24	UT	1	Plane
PHILIPS UNDOCUMENTED	5503xx30	SS	1	Number of Slices
PHILIPS UNDOCUMENTED	5503xxA5	UT	1	Prepulse
PHILIPS UNDOCUMENTED	5503xxAE	SS	1	Contrast Agent Flag
PHILIPS UNDOCUMENTED	5503xxBB	SL	1	Coil ID
PHILIPS UNDOCUMENTED	5503xxC2	UT	1	Anatomy
PHILIPS UNDOCUMENTED	5503xxC3	UT	1	Indication
PHILIPS UNKNOWN	2001xx01	UN	1	MRSeriesNrOfEchoes
PHILIPS UNKNOWN	2001xx02	UN	1	MRSeriesScanningTechniqueDescription
PHILIPS UNKNOWN	2001xx05	UN	1	StackSequence
PHILIPS UNKNOWN	2001xx06	UN	1	Examination Source
PHILIPS UNKNOWN	2001xx07	UN	1	MRSeriesAcquisitionNumber
PHILIPS UNKNOWN	2001xx08	UN	1	MRSeriesNrOfDynamicScans
PHILIPS UNKNOWN	2005xx02	UN	1	MRSeriesNrOfChemicalShifts
PHILIPS UNKNOWN	2005xx03	UN	1	MRSeriesRepetitionTime
PHILIPS UNKNOWN	2005xx36	UN	1	MRVolumeSelection
PHILIPS-MR-1	0019xx11	IS	1	Chemical Shift Number
PHILIPS-MR-1	0019xx12	IS	1	Phase Number (Philips)
PHILIPS-MR-1	0021xx01	IS	1	Reconstruction Number
PHILIPS-MR-1	0021xx02	IS	1	Slice Number
PMOD_1	0055xx01	FD	1-n	Frame Start Times Vector
PMOD_1	0055xx02	FD	3-3n	Frame Positions Vector
PMOD_1	0055xx03	FD	6-6n	Frame Orientations Vector
PMOD_1	0055xx04	FD	1-n	Frame Durations (ms) Vector
PMOD_1	0055xx05	FD	1-n	Frame Rescale Slope Vector
PMOD_GENPET	7FE1xx01	UT	1	Slices Names
PMOD_GENPET	7FE1xx02	UT	1	Gene Codes
PMOD_GENPET	7FE1xx03	UT	1	Gene Labels
PMS-THORA-5.1	0089xx20	SQ	1	Stamp Image Sequence
PMTF INFORMATION DATA	00290089	LO	1	Unknown
PMTF INFORMATION DATA	0029xx01	SQ	1	Unknown
PMTF INFORMATION DATA	0029xx31	LO	1	PMTF Information 1
PMTF INFORMATION DATA	0029xx32	UL	1	PMTF Information 2
PMTF INFORMATION DATA	0029xx33	UL	1	PMTF Information 3
PMTF INFORMATION DATA	0029xx34	CS	1	PMTF Information 4
PMTF INFORMATION DATA	0029xx89	LO	1	Unknown
PMTF INFORMATION DATA	0029xx90	OB	1	Unknown
PMTF INFORMATION DATA	7015xx73	SQ	1	Unknown
PMTF INFORMATION DATA^10	00090002	SH	1	Unknown
PMTF INFORMATION DATA^10	00110003	US	1	Unknown
PMTF INFORMATION DATA^10	00110004	SQ	1	Unknown
PMTF INFORMATION DATA^10	00110005	US	1	Unknown
PMTF INFORMATION DATA^10	00110006	US	1	Unknown
PMTF INFORMATION DATA^10	00110007	US	1-n	Unknown
PMTF INFORMATION DATA^10	00110008	SH	1	Unknown
PMTF INFORMATION DATA^10	00190001	UL	1	Unknown
PMTF INFORMATION DATA^10	00190002	SL	1	Unknown
PMTF INFORMATION DATA^10	00190003	US	1	Unknown
PMTF INFORMATION DATA^10	00190004	SL	1	Unknown
PMTF INFORMATION DATA^10	00190005	FL	1	Unknown
PMTF INFORMATION DATA^10	00190006	SL	1	Unknown
PMTF INFORMATION DATA^10	00190007	FL	3	Unknown
PMTF INFORMATION DATA^10	00190008	US	1	Unknown
PMTF INFORMATION DATA^10	00190009	FL	1	Unknown
PMTF INFORMATION DATA^10	0019000A	FL	1	Unknown
PMTF INFORMATION DATA^10	0019000B	FL	1	Unknown
PMTF INFORMATION DATA^10	0019000C	US	3	Unknown
PMTF INFORMATION DATA^10	0019000D	SL	6	Unknown
PMTF INFORMATION DATA^10	0019000E	SL	6	Unknown
PMTF INFORMATION DATA^10	0019000F	SL	6	Unknown
PMTF INFORMATION DATA^10	00190010	US	2	Unknown
PMTF INFORMATION DATA^10	00190011	SL	2	Unknown
PMTF INFORMATION DATA^10	00190012	US	1	Unknown
PMTF INFORMATION DATA^10	00190013	SL	1	Unknown
PMTF INFORMATION DATA^10	00190014	US	1	Unknown
PMTF INFORMATION DATA^10	00190015	SL	1	Unknown
PMTF INFORMATION DATA^10	00190016	FL	1	Unknown
PMTF INFORMATION DATA^10	00190017	SL	1	Unknown
PMTF INFORMATION DATA^10	00190018	US	1	Unknown
PMTF INFORMATION DATA^10	00190019	SL	1	Unknown
PMTF INFORMATION DATA^10	0019001A	US	1	Unknown
PMTF INFORMATION DATA^10	0019001B	SL	1	Unknown
PMTF INFORMATION DATA^10	0019001C	SL	1	Unknown
PMTF INFORMATION DATA^10	0019001D	SL	1	Unknown
PMTF INFORMATION DATA^10	0019001E	US	1	Unknown
PMTF INFORMATION DATA^10	0019001F	SL	1	Unknown
PMTF INFORMATION DATA^10	00190020	FL	2	Unknown
PMTF INFORMATION DATA^10	00190021	US	1	Unknown
PMTF INFORMATION DATA^10	00190022	SL	2	Unknown
PMTF INFORMATION DATA^10	00190023	FL	1	Unknown
PMTF INFORMATION DATA^10	00190024	FL	1	Unknown
PMTF INFORMATION DATA^10	00190025	FL	1	Unknown
PMTF INFORMATION DATA^10	00190026	SL	1	Unknown
PMTF INFORMATION DATA^10	00190027	SL	1	Unknown
PMTF INFORMATION DATA^10	00190028	SL	1	Unknown
PMTF INFORMATION DATA^10	00190029	SH	1	Unknown
PMTF INFORMATION DATA^10	0019002A	SL	1	Unknown
PMTF INFORMATION DATA^10	0019002B	SH	1	Unknown
PMTF INFORMATION DATA^10	0019002C	SL	1	Unknown
PMTF INFORMATION DATA^10	0019002D	SL	1	Unknown
PMTF INFORMATION DATA^10	0019002E	US	1	Unknown
PMTF INFORMATION DATA^10	0019002F	FL	1	Unknown
PMTF INFORMATION DATA^10	00190030	UL	1	Unknown
PMTF INFORMATION DATA^10	00190031	OF	1-n	Unknown
PMTF INFORMATION DATA^10	00190032	FL	1	Unknown
PMTF INFORMATION DATA^10	00190033	SL	3	Unknown
PMTF INFORMATION DATA^10	00190034	SL	1	Unknown
PMTF INFORMATION DATA^10	00190035	SL	1	Unknown
PMTF INFORMATION DATA^10	00190036	SQ	1	Unknown
PMTF INFORMATION DATA^10	00190038	SL	1	Unknown
PMTF INFORMATION DATA^10	00190039	SL	1	Unknown
PMTF INFORMATION DATA^10	0019003A	SL	1	Unknown
PMTF INFORMATION DATA^10	0019003B	SL	2	Unknown
PMTF INFORMATION DATA^10	0019003C	SL	1	Unknown
PMTF INFORMATION DATA^10	0019003D	SL	1	Unknown
PMTF INFORMATION DATA^10	0019003E	SL	1	Unknown
PMTF INFORMATION DATA^10	0019003F	SL	1	Unknown
PMTF INFORMATION DATA^10	00190042	US	1	Unknown
PMTF INFORMATION DATA^10	00190043	US	1	Unknown
PMTF INFORMATION DATA^10	00190044	SL	1	Unknown
PMTF INFORMATION DATA^10	00190045	SS	1	Unknown
PMTF INFORMATION DATA^10	00190046	US	1	Unknown
PMTF INFORMATION DATA^10	00190047	FL	1	Unknown
PMTF INFORMATION DATA^10	00190048	US	1	Unknown
PMTF INFORMATION DATA^10	00190049	US	1	Unknown
PMTF INFORMATION DATA^10	0019004B	US	1	Unknown
PMTF INFORMATION DATA^10	0019004C	US	1	Unknown
PMTF INFORMATION DATA^10	0019004D	SL	1	Unknown
PMTF INFORMATION DATA^10	0019004E	US	1	Unknown
PMTF INFORMATION DATA^10	0019004F	US	1	Unknown
PMTF INFORMATION DATA^10	00190050	SL	2	Unknown
PMTF INFORMATION DATA^10	00190051	SL	2	Unknown
PMTF INFORMATION DATA^10	00190052	LO	1	Unknown
PMTF INFORMATION DATA^10	00190054	US	1	Unknown
PMTF INFORMATION DATA^10	00190055	US	1	Unknown
PMTF INFORMATION DATA^10	00190056	FL	3	Unknown
PMTF INFORMATION DATA^10	00190057	FL	3	Unknown
PMTF INFORMATION DATA^10	00190058	FL	3	Unknown
PMTF INFORMATION DATA^10	00190059	SL	1	Unknown
PMTF INFORMATION DATA^10	0019005A	FL	1-n	Unknown
PMTF INFORMATION DATA^10	0019005D	FL	1-n	Unknown
PMTF INFORMATION DATA^10	0019005E	SL	1	Unknown
PMTF INFORMATION DATA^10	0019005F	FL	1	Unknown
PMTF INFORMATION DATA^10	00190060	US	1	Unknown
PMTF INFORMATION DATA^10	00190061	US	1	Unknown
PMTF INFORMATION DATA^10	00190062	US	1	Unknown
PMTF INFORMATION DATA^10	00190063	FL	1	Unknown
PMTF INFORMATION DATA^10	00190064	FL	1	Unknown
PMTF INFORMATION DATA^10	00190065	SL	2	Unknown
PMTF INFORMATION DATA^10	00190069	FL	1	Unknown
PMTF INFORMATION DATA^10	0019006A	US	1	Unknown
PMTF INFORMATION DATA^10	0019006B	SL	1	Unknown
PMTF INFORMATION DATA^10	0019006D	SL	1	Unknown
PMTF INFORMATION DATA^10	0019006E	FL	1	Unknown
PMTF INFORMATION DATA^10	0019006F	SL	1	Unknown
PMTF INFORMATION DATA^10	00190070	LO	1	Unknown
PMTF INFORMATION DATA^10	00190071	LO	1	?Sequence Options?
PMTF INFORMATION DATA^10	00190073	LO	1	?Sequence Options?
PMTF INFORMATION DATA^10	00190075	LO	1	Unknown
PMTF INFORMATION DATA^10	00190076	LO	1	Unknown
PMTF INFORMATION DATA^10	00190078	LO	1	Unknown
PMTF INFORMATION DATA^10	0019007B	LO	1	Unknown
PMTF INFORMATION DATA^10	0019007C	FL	1	Unknown
PMTF INFORMATION DATA^10	0019007D	FL	1	Unknown
PMTF INFORMATION DATA^10	0019007E	SL	1	Unknown
PMTF INFORMATION DATA^10	0019007F	SL	1	Unknown
PMTF INFORMATION DATA^10	00190085	FL	1	Unknown
PMTF INFORMATION DATA^10	00190086	SL	1	Unknown
PMTF INFORMATION DATA^10	00190087	FL	1	Unknown
PMTF INFORMATION DATA^10	00190088	LO	1	?RxGain?
PMTF INFORMATION DATA^10	0019008A	SL	1-n	Unknown
PMTF INFORMATION DATA^10	0019008C	UL	1	Unknown
PMTF INFORMATION DATA^10	0019008D	TM	1	Unknown
PMTF INFORMATION DATA^10	0019008E	SL	1	Unknown
PMTF INFORMATION DATA^10	00190092	SL	1	Unknown
PMTF INFORMATION DATA^10	00190093	FL	3	Unknown
PMTF INFORMATION DATA^10	00190096	US	1	Unknown
PMTF INFORMATION DATA^10	0019009B	FL	3	Unknown
PMTF INFORMATION DATA^10	0019009C	SL	1	Unknown
PMTF INFORMATION DATA^10	001900A0	SL	4	Unknown
PMTF INFORMATION DATA^10	001900A1	DS	1	Unknown
PMTF INFORMATION DATA^10	001900A2	SL	1	Unknown
PMTF INFORMATION DATA^10	001900A3	SL	3	Unknown
PMTF INFORMATION DATA^10	001900A4	FL	3	Unknown
PMTF INFORMATION DATA^10	001900A5	FL	1	Unknown
PMTF INFORMATION DATA^10	001900A6	SL	1	Unknown
PMTF INFORMATION DATA^10	001900A8	FL	1	?Repetition Time (/100)
PMTF INFORMATION DATA^10	001900A9	SL	1	Unknown
PMTF INFORMATION DATA^10	001900AB	FL	3	Unknown
PMTF INFORMATION DATA^10	001900AC	US	1	Unknown
PMTF INFORMATION DATA^10	001900AD	FL	1	Unknown
PMTF INFORMATION DATA^10	001900AE	FL	1	Unknown
PMTF INFORMATION DATA^10	001900AF	SL	1	Unknown
PMTF INFORMATION DATA^10	001900B0	SL	1	Unknown
PMTF INFORMATION DATA^10	001900B1	SL	1	Unknown
PMTF INFORMATION DATA^10	001900B4	SL	1	Unknown
PMTF INFORMATION DATA^10	001900B5	SL	1	Unknown
PMTF INFORMATION DATA^10	001900B6	SL	1	Unknown
PMTF INFORMATION DATA^10	001900B7	FL	2	Unknown
PMTF INFORMATION DATA^10	001900BA	FL	1	Unknown
PMTF INFORMATION DATA^10	001900BB	FL	1	Unknown
PMTF INFORMATION DATA^10	001900BC	FL	2	Unknown
PMTF INFORMATION DATA^10	001900BD	SL	1	Unknown
PMTF INFORMATION DATA^10	001900BE	SL	1	Acquisition Duration
PMTF INFORMATION DATA^10	001900C1	SL	1	Unknown
PMTF INFORMATION DATA^10	001900C3	SL	1	Unknown
PMTF INFORMATION DATA^10	001900C6	FL	2	Unknown
PMTF INFORMATION DATA^10	001900C9	SL	1	Unknown
PMTF INFORMATION DATA^10	001900CA	LO	1	Sequence Name
PMTF INFORMATION DATA^10	001900CB	UL	1	Unknown
PMTF INFORMATION DATA^10	001900CC	UL	1	Unknown
PMTF INFORMATION DATA^10	001900CD	SL	1	Unknown
PMTF INFORMATION DATA^10	001900CE	SL	1	Unknown
PMTF INFORMATION DATA^10	001900CF	SL	1	?acquired series (vs postproc)?
PMTF INFORMATION DATA^10	001900D0	US	1	Unknown
PMTF INFORMATION DATA^10	001900D1	SL	1	Unknown
PMTF INFORMATION DATA^10	001900D2	SL	3	Unknown
PMTF INFORMATION DATA^10	001900D3	SL	1	Unknown
PMTF INFORMATION DATA^10	001900D4	SL	1	Unknown
PMTF INFORMATION DATA^10	001900D8	US	1-n	Unknown
PMTF INFORMATION DATA^10	001900D9	SQ	1	Unknown
PMTF INFORMATION DATA^10	001900DA	US	1	Unknown
PMTF INFORMATION DATA^10	001900DB	SL	1	Unknown
PMTF INFORMATION DATA^10	001900DC	SL	1	Unknown
PMTF INFORMATION DATA^10	001900E1	SL	1	Unknown
PMTF INFORMATION DATA^10	001900E4	SL	1	Unknown
PMTF INFORMATION DATA^10	001900E5	SQ	1	Unknown
PMTF INFORMATION DATA^10	001900E6	SQ	1	Unknown
PMTF INFORMATION DATA^10	001900E9	SL	1	Unknown
PMTF INFORMATION DATA^10	001900EA	UI	1	Unknown
PMTF INFORMATION DATA^10	001900EB	SL	1	Unknown
PMTF INFORMATION DATA^10	001900EC	US	1	Unknown
PMTF INFORMATION DATA^10	001900EE	FL	1	Unknown
PMTF INFORMATION DATA^10	001900EF	FL	1	Unknown
PMTF INFORMATION DATA^10	001900F0	SL	1	Unknown
PMTF INFORMATION DATA^10	001900F1	FL	1	Unknown
PMTF INFORMATION DATA^10	001900F2	FL	1	Unknown
PMTF INFORMATION DATA^10	001900F3	SL	1	Unknown
PMTF INFORMATION DATA^10	001900F4	FD	1	Unknown
PMTF INFORMATION DATA^10	001900F5	SL	1	Unknown
PMTF INFORMATION DATA^10	001900F6	UI	1	Unknown
PMTF INFORMATION DATA^10	001900F8	US	1	Unknown
PMTF INFORMATION DATA^10	001900F9	SL	1	Unknown
PMTF INFORMATION DATA^10	001900FA	FL	1	Unknown
PMTF INFORMATION DATA^10	001900FB	UL	1	Unknown
PMTF INFORMATION DATA^10	001900FC	FL	1	Unknown
PMTF INFORMATION DATA^10	001900FD	FL	1	Unknown
PMTF INFORMATION DATA^10	001900FE	SL	1	Unknown
PMTF INFORMATION DATA^10	001900FF	SL	3	Unknown
PMTF INFORMATION DATA^10	00210002	SL	1	?num?
PMTF INFORMATION DATA^10	00210003	SL	1	?num?
PMTF INFORMATION DATA^10	00210004	US	1	?num?
PMTF INFORMATION DATA^10	00210008	DS	3	?vect1?
PMTF INFORMATION DATA^10	00210009	DS	3	?vect2?
PMTF INFORMATION DATA^10	0021000A	DS	3	?vect3?
PMTF INFORMATION DATA^10	0021000B	US	1	Unknown
PMTF INFORMATION DATA^10	0021000C	US	1	Unknown
PMTF INFORMATION DATA^10	0021000D	FL	1	Unknown
PMTF INFORMATION DATA^10	0021000F	US	1	Unknown
PMTF INFORMATION DATA^10	00210012	DS	3	?vect4?
PMTF INFORMATION DATA^10	00210014	SQ	1	Unknown
PMTF INFORMATION DATA^10	00210015	FL	1	Unknown
PMTF INFORMATION DATA^10	00210016	FL	2	Unknown
PMTF INFORMATION DATA^10	00210018	US	1	Unknown
PMTF INFORMATION DATA^10	0021001A	US	1	Unknown
PMTF INFORMATION DATA^10	0021001D	IS	1	Unknown
PMTF INFORMATION DATA^10	0021001F	US	1	Unknown
PMTF INFORMATION DATA^10	00290001	SL	1	Unknown
PMTF INFORMATION DATA^10	00290005	SQ	1	Unknown
PMTF INFORMATION DATA^10	00290006	FL	1	Unknown
PMTF INFORMATION DATA^10	00290007	FL	1	Unknown
PMTF INFORMATION DATA^10	0029001C	FL	2	Unknown
PMTF INFORMATION DATA^10	00290021	SL	3	Unknown
PMTF INFORMATION DATA^10	0029004E	SL	1	Unknown
PMTF INFORMATION DATA^10	00290050	LO	1	Unknown
PMTF INFORMATION DATA^10	00290051	LO	1	Unknown
PMTF INFORMATION DATA^10	00290052	LO	1	Unknown
PMTF INFORMATION DATA^10	00290054	LO	1	Unknown
PMTF INFORMATION DATA^10	00290067	FD	4	Unknown
PMTF INFORMATION DATA^10	00290068	SS	1	Unknown
PMTF INFORMATION DATA^10	0029006E	OB	1	Unknown
PMTF INFORMATION DATA^10	E2010002	US	1	Unknown
PMTF INFORMATION DATA^10	E3010000	SH	1	Unknown
PMTF INFORMATION DATA^10	E4010000	US	1	Unknown
PMTF INFORMATION DATA^10	E4010001	US	1	Unknown
PMTF INFORMATION DATA^10	E4010002	US	1	Unknown
PMTF INFORMATION DATA^10	E4010003	US	1	Unknown
PMTF INFORMATION DATA^10	E4010004	US	1	Unknown
PMTF INFORMATION DATA^10	E4010005	OB	1	Unknown
PMTF INFORMATION DATA^10	E4010007	FL	1	Unknown
PMTF INFORMATION DATA^10	E4010008	FL	1	Unknown
PMTF INFORMATION DATA^10	E4010012	FL	1	Unknown
PMTF INFORMATION DATA^10	E4010013	OB	1	Unknown
PMTF INFORMATION DATA^10	E4010020	SQ	1	Unknown
PMTF INFORMATION DATA^10	E4010021	SQ	1	Unknown
PMTF INFORMATION DATA^10	E4010022	LO	1	Unknown
PMTF INFORMATION DATA^10	E4010023	SH	1	Unknown
PMTF INFORMATION DATA^10	E4010024	OB	1	Unknown
PMTF INFORMATION DATA^10	E4030000	SQ	1	Unknown
PMTF INFORMATION DATA^10	EE010000	US	1	Unknown
PMTF INFORMATION DATA^10	EE010001	OB	1	Unknown
PMTF INFORMATION DATA^10	EE010002	US	1	Unknown
PMTF INFORMATION DATA^11	00190001	OB	1	?character set?
PMTF INFORMATION DATA^11	00190002	SL	1	Unknown
PMTF INFORMATION DATA^11	00190003	SL	1	Unknown
PMTF INFORMATION DATA^11	00190004	SL	1	Unknown
PMTF INFORMATION DATA^11	00190007	OB	1	Unknown
PMTF INFORMATION DATA^11	00190008	SH	1	Unknown
PMTF INFORMATION DATA^11	00190009	SL	2	Unknown
PMTF INFORMATION DATA^11	0019000A	SL	1	Unknown
PMTF INFORMATION DATA^11	0019000B	OB	1	Unknown
PMTF INFORMATION DATA^11	0019000C	SL	1	Unknown
PMTF INFORMATION DATA^11	00190019	SQ	1	Unknown
PMTF INFORMATION DATA^11	0019001A	FL	1	Unknown
PMTF INFORMATION DATA^11	00190024	SL	1	Unknown
PMTF INFORMATION DATA^11	00190025	SL	1	Unknown
PMTF INFORMATION DATA^11	00190026	SL	1	Unknown
PMTF INFORMATION DATA^11	00190028	SL	1	Unknown
PMTF INFORMATION DATA^11	00190029	SL	1	Unknown
PMTF INFORMATION DATA^11	0019002A	FL	1	Unknown
PMTF INFORMATION DATA^11	0019002B	FL	1	Unknown
PMTF INFORMATION DATA^11	0019002C	SL	3	Unknown
PMTF INFORMATION DATA^11	0019002D	SL	3	Unknown
PMTF INFORMATION DATA^11	0019002E	SL	1	Unknown
PMTF INFORMATION DATA^11	00190030	SL	1	Unknown
PMTF INFORMATION DATA^11	00190031	SL	1	Unknown
PMTF INFORMATION DATA^11	00190032	SL	1	Unknown
PMTF INFORMATION DATA^11	00190034	FL	1	Unknown
PMTF INFORMATION DATA^11	00190035	SL	1	Unknown
PMTF INFORMATION DATA^11	00190036	FL	1	Unknown
PMTF INFORMATION DATA^11	00190037	SL	1	Unknown
PMTF INFORMATION DATA^11	00190038	SL	1	Unknown
PMTF INFORMATION DATA^11	00190039	FL	1	Unknown
PMTF INFORMATION DATA^11	0019003A	FL	1	Repetition Time (/100)
PMTF INFORMATION DATA^11	0019003C	FL	3	Unknown
PMTF INFORMATION DATA^11	0019003D	SL	1	Unknown
PMTF INFORMATION DATA^11	0019003E	FL	9	Unknown
PMTF INFORMATION DATA^11	0019003F	UI	1	Unknown
PMTF INFORMATION DATA^11	00190040	US	1	Unknown
PMTF INFORMATION DATA^11	00190041	US	1	Unknown
PMTF INFORMATION DATA^11	00190042	SL	1	Unknown
PMTF INFORMATION DATA^11	00190043	SL	1	Unknown
PMTF INFORMATION DATA^11	00190044	SL	1	Unknown
PMTF INFORMATION DATA^11	00190046	FL	1	Unknown
PMTF INFORMATION DATA^11	00190048	LT	1	?QD Whole Body?
PMTF INFORMATION DATA^11	00190049	LT	1	?Atlas Head?
PMTF INFORMATION DATA^11	0019004C	SL	1	Unknown
PMTF INFORMATION DATA^11	0019004D	SL	1	?postproc series?
PMTF INFORMATION DATA^11	0019004E	SL	1	Unknown
PMTF INFORMATION DATA^11	00190055	LO	1	Unknown
PMTF INFORMATION DATA^11	00190057	FL	1	Unknown
PMTF INFORMATION DATA^11	00190058	US	1	Unknown
PMTF INFORMATION DATA^11	00190059	US	1	Unknown
PMTF INFORMATION DATA^11	0019005C	SL	1	Unknown
PMTF INFORMATION DATA^11	0019005D	SL	1	Unknown
PMTF INFORMATION DATA^11	0019005F	FL	1	Unknown
PMTF INFORMATION DATA^11	00190060	SL	1	Unknown
PMTF INFORMATION DATA^11	00190061	FL	1	Unknown
PMTF INFORMATION DATA^11	00190062	FL	1	Unknown
PMTF INFORMATION DATA^11	00190063	SL	1	Unknown
PMTF INFORMATION DATA^11	00190065	SL	1	Unknown
PMTF INFORMATION DATA^11	00190067	FL	1	Unknown
PMTF INFORMATION DATA^11	00190068	SL	1	Unknown
PMTF INFORMATION DATA^11	0019006C	FL	1	Unknown
PMTF INFORMATION DATA^11	0019006D	SH	1	Unknown
PMTF INFORMATION DATA^11	0019006E	SH	1	Sequence Name
PMTF INFORMATION DATA^11	0019006F	FL	1	Unknown
PMTF INFORMATION DATA^11	00190070	FL	1	Unknown
PMTF INFORMATION DATA^11	00190071	SL	1	Unknown
PMTF INFORMATION DATA^11	00190072	FL	1	Unknown
PMTF INFORMATION DATA^11	00190078	SL	1	Unknown
PMTF INFORMATION DATA^11	0019007A	SL	2	Unknown
PMTF INFORMATION DATA^11	0019007C	FL	3	Unknown
PMTF INFORMATION DATA^11	0019007D	SL	1	Unknown
PMTF INFORMATION DATA^11	0019007E	SL	1	Unknown
PMTF INFORMATION DATA^11	0019007F	SL	1	Unknown
PMTF INFORMATION DATA^11	00190080	FL	1	Unknown
PMTF INFORMATION DATA^11	00190084	SL	1	Unknown
PMTF INFORMATION DATA^11	00190087	SL	1	Unknown
PMTF INFORMATION DATA^11	0019008A	US	1	Unknown
PMTF INFORMATION DATA^11	0019008B	SL	1	Unknown
PMTF INFORMATION DATA^11	0019008C	SL	1	Unknown
PMTF INFORMATION DATA^11	0019008F	SL	1	Unknown
PMTF INFORMATION DATA^11	00190090	SL	1	Unknown
PMTF INFORMATION DATA^11	00190091	SL	1	Unknown
PMTF INFORMATION DATA^11	00190092	SL	1	Unknown
PMTF INFORMATION DATA^11	00190093	SL	1	Unknown
PMTF INFORMATION DATA^11	00190094	FL	1	Unknown
PMTF INFORMATION DATA^11	0019009A	SL	1	Unknown
PMTF INFORMATION DATA^11	0019009B	US	1	Unknown
PMTF INFORMATION DATA^11	0019009C	FL	1	Unknown
PMTF INFORMATION DATA^11	0019009D	SL	1	Unknown
PMTF INFORMATION DATA^11	0019009E	SL	1	Unknown
PMTF INFORMATION DATA^11	0019009F	SL	1	Unknown
PMTF INFORMATION DATA^11	001900A0	SL	1	Unknown
PMTF INFORMATION DATA^11	001900A1	SL	1	Unknown
PMTF INFORMATION DATA^11	001900A5	US	1	Unknown
PMTF INFORMATION DATA^11	001900A6	US	1	Unknown
PMTF INFORMATION DATA^11	001900A8	SL	1	Unknown
PMTF INFORMATION DATA^11	001900AB	US	1	Unknown
PMTF INFORMATION DATA^11	001900AD	SL	1	Unknown
PMTF INFORMATION DATA^11	001900AE	SL	1	Unknown
PMTF INFORMATION DATA^11	001900B0	FL	1	Unknown
PMTF INFORMATION DATA^11	001900B1	SL	1	Unknown
PMTF INFORMATION DATA^11	001900B2	US	1	Unknown
PMTF INFORMATION DATA^11	001900B3	US	1	Unknown
PMTF INFORMATION DATA^11	001900B4	US	1	Unknown
PMTF INFORMATION DATA^11	001900B5	FL	1	Unknown
PMTF INFORMATION DATA^11	001900B6	SL	1	Unknown
PMTF INFORMATION DATA^11	001900B7	US	1	Unknown
PMTF INFORMATION DATA^11	001900B9	US	1	Unknown
PMTF INFORMATION DATA^11	001900BB	FL	1	Unknown
PMTF INFORMATION DATA^11	001900BC	SL	1	Unknown
PMTF INFORMATION DATA^11	001900BD	SL	1	Unknown
PMTF INFORMATION DATA^11	001900BE	FL	1-n	Unknown
PMTF INFORMATION DATA^11	001900BF	SL	1	Unknown
PMTF INFORMATION DATA^11	001900C0	SL	1	Unknown
PMTF INFORMATION DATA^11	001900C1	US	1	Unknown
PMTF INFORMATION DATA^11	001900C3	FL	1	Unknown
PMTF INFORMATION DATA^11	001900C4	SL	1	Unknown
PMTF INFORMATION DATA^11	001900CD	SL	3	Unknown
PMTF INFORMATION DATA^11	001900E0	FL	1	Unknown
PMTF INFORMATION DATA^11	001900E1	FL	1	Unknown
PMTF INFORMATION DATA^11	001900E3	SL	3	Unknown
PMTF INFORMATION DATA^11	001900E4	DS	1	Unknown
PMTF INFORMATION DATA^11	001900E5	SQ	1	Unknown
PMTF INFORMATION DATA^11	001900E6	SQ	1	Unknown
PMTF INFORMATION DATA^11	001900F0	SL	1-n	Unknown
PMTF INFORMATION DATA^11	001900F1	SL	3	Diffusion b-value x Toshiba Orientation
PMTF INFORMATION DATA^11	001900F2	FL	3	Specific Absorption Rate Values
PMTF INFORMATION DATA^11	001900F3	SL	1	Unknown
PMTF INFORMATION DATA^11	001900F4	SL	1	Unknown
PMTF INFORMATION DATA^11	001900F5	SQ	1	Unknown
PMTF INFORMATION DATA^11	001900F6	SL	1	Unknown
PMTF INFORMATION DATA^11	001900F7	SL	1	Unknown
PMTF INFORMATION DATA^11	001900F8	SL	1	Unknown
PMTF INFORMATION DATA^11	001900F9	SL	1	Unknown
PMTF INFORMATION DATA^11	001900FA	SL	1	Unknown
PMTF INFORMATION DATA^11	001900FB	FL	1	Unknown
PMTF INFORMATION DATA^11	001900FC	FL	1	Unknown
PMTF INFORMATION DATA^11	001900FD	SL	1	Unknown
PMTF INFORMATION DATA^11	001900FE	SL	1	Unknown
PMTF INFORMATION DATA^11	001900FF	SL	1	Unknown
PMTF INFORMATION DATA^12	00190000	SL	1	Unknown
PMTF INFORMATION DATA^12	00190001	SL	1	Unknown
PMTF INFORMATION DATA^12	00190002	SL	1	Unknown
PMTF INFORMATION DATA^12	00190003	SL	1	Unknown
PMTF INFORMATION DATA^12	00190004	SL	1	Unknown
PMTF INFORMATION DATA^12	00190005	SH	1	?Sequence Variant?
PMTF INFORMATION DATA^12	00190006	FL	1	Unknown
PMTF INFORMATION DATA^12	00190007	UL	1-2	Unknown
PMTF INFORMATION DATA^12	00190008	UL	1-2	Unknown
PMTF INFORMATION DATA^12	00190009	SL	1	Unknown
PMTF INFORMATION DATA^12	0019000A	SL	1	Unknown
PMTF INFORMATION DATA^12	0019000B	SL	1	Unknown
PMTF INFORMATION DATA^12	0019000C	UL	1	Unknown
PMTF INFORMATION DATA^12	0019000D	SQ	1	Unknown
PMTF INFORMATION DATA^12	0019000E	US	1	Unknown
PMTF INFORMATION DATA^12	00190010	SL	1	Unknown
PMTF INFORMATION DATA^12	00190011	SL	1	Unknown
PMTF INFORMATION DATA^12	00190012	SL	1	Unknown
PMTF INFORMATION DATA^12	00190013	FL	1	Unknown
PMTF INFORMATION DATA^12	00190014	FL	1	Unknown
PMTF INFORMATION DATA^12	00190018	UL	1	Unknown
PMTF INFORMATION DATA^12	00190028	DS	1	Unknown
PMTF INFORMATION DATA^12	0019002A	DS	3	Unknown
PMTF INFORMATION DATA^12	0019002B	SQ	1	Unknown
PMTF INFORMATION DATA^12	00190032	SH	1	Sequence Name
PMTF INFORMATION DATA^12	00190034	SL	1	Unknown
PMTF INFORMATION DATA^12	00190052	FL	2	Unknown
PMTF INFORMATION DATA^12	00190076	OB	1	Unknown
PMTF INFORMATION DATA^12	00190079	SQ	1	Unknown
PMTF INFORMATION DATA^12	00190080	FD	1	Acquisition Duration
PMTF INFORMATION DATA^12	00190085	US	1	Unknown
PMTF INFORMATION DATA^12	00190086	LO	1	Unknown
PMTF INFORMATION DATA^12	00190087	SQ	1	Unknown
PMTF INFORMATION DATA^12	00190088	US	1	Series Number Global
PMTF INFORMATION DATA^12	00190089	SL	1	Unknown
PMTF INFORMATION DATA^12	0019008A	US	1	Series Number Global
PMTF INFORMATION DATA^12	0019008B	US	1	Unknown
PMTF INFORMATION DATA^12	0019008F	OB	1	Unknown
PMTF INFORMATION DATA^12	00190093	SL	1	?num?
PMTF INFORMATION DATA^12	00190094	UI	1	Referenced SOP Instance UID
PMTF INFORMATION DATA^12	00190095	UI	1	Unknown
PMTF INFORMATION DATA^12	00190096	LO	1	?PASTA?
PMTF INFORMATION DATA^12	00190098	FL	3	Unknown
PMTF INFORMATION DATA^12	00190099	LO	1	Sequence Name
PMTF INFORMATION DATA^12	0019009A	DS	1	Series Number Local
PMTF INFORMATION DATA^12	0019009B	DS	1	Unknown
PMTF INFORMATION DATA^12	0019009C	DS	1	?num?
PMTF INFORMATION DATA^12	0019009D	US	1	Unknown
PMTF INFORMATION DATA^12	0019009E	FL	3	Unknown
PMTF INFORMATION DATA^12	0019009F	FL	1	Unknown
PMTF INFORMATION DATA^12	001900A0	FL	1	Unknown
PMTF INFORMATION DATA^12	001900A1	FL	1	Unknown
PMTF INFORMATION DATA^12	001900A2	FL	1	Unknown
PMTF INFORMATION DATA^12	001900A3	FL	1	Unknown
PMTF INFORMATION DATA^12	001900A4	FL	1	Unknown
PMTF INFORMATION DATA^12	001900A5	FL	1	Unknown
PMTF INFORMATION DATA^12	001900A6	FL	2-2n	Unknown
PMTF INFORMATION DATA^12	001900A7	FL	1	Unknown
PMTF INFORMATION DATA^12	001900A8	FL	1	Unknown
PMTF INFORMATION DATA^12	001900A9	FL	3	Unknown
PMTF INFORMATION DATA^12	001900AA	FL	3	Unknown
PMTF INFORMATION DATA^12	001900AB	FL	3	Unknown
PMTF INFORMATION DATA^12	001900AC	FL	3	Unknown
PMTF INFORMATION DATA^12	001900AD	FL	3	Unknown
PMTF INFORMATION DATA^12	001900AE	FL	3	Unknown
PMTF INFORMATION DATA^12	001900AF	FL	3	Unknown
PMTF INFORMATION DATA^12	001900B3	FD	1	Acquisition Duration
PMTF INFORMATION DATA^12	001900B4	LO	1	Unknown
PMTF INFORMATION DATA^12	001900C2	US	1	Unknown
PMTF INFORMATION DATA^12	001900C3	FL	1	Unknown
PMTF INFORMATION DATA^12	001900C4	SL	1	Unknown
PMTF INFORMATION DATA^12	001900C5	SL	1	Unknown
PMTF INFORMATION DATA^12	001900C6	SL	1	Unknown
PMTF INFORMATION DATA^12	001900C7	FL	1	Unknown
PMTF INFORMATION DATA^12	001900CC	SS	1-n	Unknown
PMTF INFORMATION DATA^12	001900CD	LO	1	Unknown
PMTF INFORMATION DATA^12	001900CE	UL	1	Unknown
PMTF INFORMATION DATA^12	001900CF	FL	1	Unknown
PMTF INFORMATION DATA^12	001900D1	FL	3	Unknown
PMTF INFORMATION DATA^12	001900D2	US	3	Unknown
PMTF INFORMATION DATA^12	001900D3	SS	1	Unknown
PMTF INFORMATION DATA^12	001900D4	US	2	Unknown
PMTF INFORMATION DATA^12	001900D5	FL	1	Unknown
PMTF INFORMATION DATA^12	001900D6	FL	3	Unknown
PMTF INFORMATION DATA^12	001900D7	US	2	?vect2?
PMTF INFORMATION DATA^12	001900D8	FL	1-n	Unknown
PMTF INFORMATION DATA^12	001900DE	US	1	?num?
PMTF INFORMATION DATA^12	001900DF	US	1	Unknown
PMTF INFORMATION DATA^12	001900E0	US	1	Unknown
PMTF INFORMATION DATA^12	001900E1	FL	3	?vect3?
PMTF INFORMATION DATA^12	001900E2	FL	3	?vect3?
PMTF INFORMATION DATA^12	001900E3	TM	1	?time?
PMTF INFORMATION DATA^12	001900E4	US	2	?vect2?
PMTF INFORMATION DATA^12	001900EB	US	1	?num?
PMTF INFORMATION DATA^12	001900EC	US	1	?num?
PMTF INFORMATION DATA^12	001900EF	DS	1	Unknown
PMTF INFORMATION DATA^12	001900F0	LO	1	Unknown
PMTF INFORMATION DATA^12	001900F1	LO	1	Unknown
PMTF INFORMATION DATA^12	001900FC	FL	1	Unknown
PMTF INFORMATION DATA^12	001900FD	SL	1	Unknown
PMTF INFORMATION DATA^12	001900FE	SL	1	Unknown
PMTF INFORMATION DATA^13	E4030000	SH	1	Unknown
PMTF INFORMATION DATA^13	E4030001	OB	1	Unknown
PMTF INFORMATION DATA^13	E4030002	OB	1	Unknown
PMTF INFORMATION DATA^13	E4030003	OB	1	Unknown
POLYTRON-SMS 2.5	0009xx02	UN	1	Private Data 1
POLYTRON-SMS 2.5	0009xx03	UN	1	Private Data 2
POLYTRON-SMS 2.5	0009xx04	UN	1	Private Data 3
POLYTRON-SMS 2.5	0009xx06	UN	1	Private Data 3
POLYTRON-SMS 2.5	0009xx10	UN	1	Private Data 4
POLYTRON-SMS 2.5	0009xx11	UN	1	Private Data 5
POLYTRON-SMS 2.5	0009xx12	UN	1	Private Data 6
POLYTRON-SMS 2.5	0089xx10	UN	1	Private Data
PRIVATE ORIGINAL ATTRIBUTES	0021xx01	SQ	1	Private Original Attribute Sequence
PRIVATE ORIGINAL ATTRIBUTES	0021xx05	DT	1	Replacement Date and Time
PRIVATE ORIGINAL ATTRIBUTES	0021xx10	LO	1	Replacement Originator Name
PRIVATE ORIGINAL ATTRIBUTES	0021xx12	LO	1	Replacement Reason
PRIVATE ORIGINAL ATTRIBUTES	0021xx70	PN	1-n	Original Operators' Name
Philips EV Imaging DD 017	2007xxC1	UI	1	? SOP Instance UID ?
Philips EV Imaging DD 017	2007xxC2	DA	1	Unknown
Philips EV Imaging DD 017	2007xxC3	TM	1	Unknown
Philips EV Imaging DD 017	2007xxC4	UL	1	Unknown
Philips EV Imaging DD 019	2007xx00	LO	1	Unknown
Philips EV Imaging DD 019	2007xx01	UT	1	Unknown
Philips EV Imaging DD 021	2007xx04	SL	1	Vol Seg Edit Connectivity
Philips EV Imaging DD 022	2007xx00	ST	1	
Philips EV Imaging DD 022	2007xx12	UN	1	Volume Sequence Capture
Philips EV Imaging DD 022	2007xx17	UN	1	Original SOP Instance
Philips EV Imaging DD 022	2007xx33	LO	1	
Philips EV Imaging DD 022	2007xx34	CS	1	
Philips EnVisor	7777xx01	DA	1	Date 3D/PanView internal 'dataset' file was acquired
Philips EnVisor	7777xx02	CS	1	Type of 3D or PanView
Philips EnVisor	7777xx03	LO	1	Internal 3D/PanView software version number
Philips EnVisor	7777xx14	LT	1	Private string
Philips Imaging DD 001	2001xx01	FL	1	Chemical Shift
Philips Imaging DD 001	2001xx02	IS	1	Chemical Shift Number MR
Philips Imaging DD 001	2001xx03	FL	1	Diffusion B-Factor
Philips Imaging DD 001	2001xx04	CS	1	Diffusion Direction
Philips Imaging DD 001	2001xx05	SS	1	Unknown
Philips Imaging DD 001	2001xx06	CS	1	Image Enhanced
Philips Imaging DD 001	2001xx07	CS	1	Image Type ED ES
Philips Imaging DD 001	2001xx08	IS	1	Phase Number
Philips Imaging DD 001	2001xx09	FL	1	Unknown
Philips Imaging DD 001	2001xx0A	IS	1	Slice Number MR
Philips Imaging DD 001	2001xx0B	CS	1	Slice Orientation
Philips Imaging DD 001	2001xx0C	CS	1	Unknown
Philips Imaging DD 001	2001xx0E	CS	1	Unknown
Philips Imaging DD 001	2001xx0F	SS	1	Unknown
Philips Imaging DD 001	2001xx10	CS	1	Cardiac Sync
Philips Imaging DD 001	2001xx11	FL	1	Diffusion Echo Time
Philips Imaging DD 001	2001xx12	CS	1	Dynamic Series
Philips Imaging DD 001	2001xx13	SL	1	EPI Factor
Philips Imaging DD 001	2001xx14	SL	1	Number of Echoes
Philips Imaging DD 001	2001xx15	SS	1	Number of Locations
Philips Imaging DD 001	2001xx16	SS	1	Number of PC Directions
Philips Imaging DD 001	2001xx17	SL	1	Number of Phases MR
Philips Imaging DD 001	2001xx18	SL	1	Number of Slices MR
Philips Imaging DD 001	2001xx19	CS	1	Partial Matrix Scanned
Philips Imaging DD 001	2001xx1A	FL	1-n	PC Velocity
Philips Imaging DD 001	2001xx1B	FL	1	Prepulse Delay
Philips Imaging DD 001	2001xx1C	CS	1	Prepulse Type
Philips Imaging DD 001	2001xx1D	IS	1	Reconstruction Number MR
Philips Imaging DD 001	2001xx1E	CS	1	Unknown
Philips Imaging DD 001	2001xx1F	CS	1	Respiration Sync
Philips Imaging DD 001	2001xx20	LO	1	Scanning Technique Description MR
Philips Imaging DD 001	2001xx21	CS	1	SPIR
Philips Imaging DD 001	2001xx22	FL	1	Water Fat Shift
Philips Imaging DD 001	2001xx23	DS	1	Flip Angle Philips
Philips Imaging DD 001	2001xx24	CS	1	Interactive
Philips Imaging DD 001	2001xx25	SH	1	Echo Time Display MR
Philips Imaging DD 001	2001xx26	CS	1	Presentation State Subtraction Active
Philips Imaging DD 001	2001xx28	FL	1	Edge Enhancement Gain Factor Sub
Philips Imaging DD 001	2001xx29	FL	1	Edge Enhancement Gain Factor Non Sub
Philips Imaging DD 001	2001xx2A	CS	1	Edge Enhancement Taste Adapt Sub
Philips Imaging DD 001	2001xx2B	CS	1	Edge Enhancement Taste Non Sub
Philips Imaging DD 001	2001xx2C	FL	1	Harmonization Factor
Philips Imaging DD 001	2001xx2D	SS	1	Number of Stack Slices
Philips Imaging DD 001	2001xx2F	FL	1	Harmonization Gain
Philips Imaging DD 001	2001xx30	UL	1	Log Subtraction Gain Step
Philips Imaging DD 001	2001xx31	US	1	Mixing NR of Mask Image Numbers
Philips Imaging DD 001	2001xx32	FL	1-n	Stack Radial Angle
Philips Imaging DD 001	2001xx33	CS	1-n	Stack Radial Axis
Philips Imaging DD 001	2001xx34	CS	1	Mixing Mask Operation
Philips Imaging DD 001	2001xx35	SS	1-n	Stack Slice Number
Philips Imaging DD 001	2001xx36	CS	1-n	Stack Type
Philips Imaging DD 001	2001xx37	CS	1	Mixing Operation Type
Philips Imaging DD 001	2001xx39	FL	1	Unknown
Philips Imaging DD 001	2001xx3A	CS	1	Pixel Shift
Philips Imaging DD 001	2001xx3D	UL	1	Unknown
Philips Imaging DD 001	2001xx3F	CS	1	Interpolation Method
Philips Imaging DD 001	2001xx42	CS	1	Subtraction Land Marking Active
Philips Imaging DD 001	2001xx46	CS	1	Graphic Line Style
Philips Imaging DD 001	2001xx47	FL	1	Graphic Line Width
Philips Imaging DD 001	2001xx48	SS	1	Graphic Annotation ID
Philips Imaging DD 001	2001xx4B	CS	1	Poly Line Interpolation Method
Philips Imaging DD 001	2001xx4C	CS	1	Poly Line Begin Point Style
Philips Imaging DD 001	2001xx4D	CS	1	Poly Line End Point Style
Philips Imaging DD 001	2001xx4E	CS	1	Window Smoothing Taste
Philips Imaging DD 001	2001xx4F	FD	1	Harmonization Offset
Philips Imaging DD 001	2001xx50	LO	1	Unknown
Philips Imaging DD 001	2001xx52	UI	1	Unknown
Philips Imaging DD 001	2001xx53	CS	1	Window Invert
Philips Imaging DD 001	2001xx55	CS	1	Graphic Line Color
Philips Imaging DD 001	2001xx56	CS	1	Graphic Type (Private)
Philips Imaging DD 001	2001xx5A	ST	1	Graphic Annotation Model
Philips Imaging DD 001	2001xx5D	ST	1	Measurement Text Units
Philips Imaging DD 001	2001xx5E	ST	1	Measurement Text Type
Philips Imaging DD 001	2001xx5F	SQ	1	Stack Sequence
Philips Imaging DD 001	2001xx60	SL	1	Number of Stacks
Philips Imaging DD 001	2001xx61	CS	1	Unknown
Philips Imaging DD 001	2001xx62	CS	1	Unknown
Philips Imaging DD 001	2001xx63	CS	1	Examination Source
Philips Imaging DD 001	2001xx64	SH	1	Text Type
Philips Imaging DD 001	2001xx65	SQ	1	Unknown
Philips Imaging DD 001	2001xx67	CS	1	Unknown
Philips Imaging DD 001	2001xx68	SQ	1	Unknown
Philips Imaging DD 001	2001xx69	SQ	1	Display Shutter Sequence
Philips Imaging DD 001	2001xx6A	SQ	1	Unknown
Philips Imaging DD 001	2001xx6B	SQ	1	Has Edge Enhancement Sequence
Philips Imaging DD 001	2001xx6D	LO	1	Text Font
Philips Imaging DD 001	2001xx6E	SH	1	Series Type
Philips Imaging DD 001	2001xx6F	SQ	1	Mixing Sequence
Philips Imaging DD 001	2001xx71	CS	1	Unknown
Philips Imaging DD 001	2001xx73	SQ	1	Referenced Mask Image Sequence
Philips Imaging DD 001	2001xx74	DS	1-n	Window Center Sub
Philips Imaging DD 001	2001xx75	DS	1-n	Window Width Sub
Philips Imaging DD 001	2001xx76	UL	1	Unknown
Philips Imaging DD 001	2001xx77	CS	1	GL TrafoType
Philips Imaging DD 001	2001xx79	SQ	1	Harmonisation Sequence
Philips Imaging DD 001	2001xx7A	FL	1	Unknown
Philips Imaging DD 001	2001xx7B	IS	1	Acquisition Number
Philips Imaging DD 001	2001xx7E	US	1	Edge Enhancement Gain Taste
Philips Imaging DD 001	2001xx7F	US	1	Edge Enhancement Gain Taste Sub
Philips Imaging DD 001	2001xx80	LO	1	Text Anchor Point Alignment
Philips Imaging DD 001	2001xx81	IS	1	Number of Dynamic Scans
Philips Imaging DD 001	2001xx82	IS	1	Echo Train Length
Philips Imaging DD 001	2001xx83	DS	1	Imaging Frequency
Philips Imaging DD 001	2001xx84	DS	1	Inversion Time
Philips Imaging DD 001	2001xx85	DS	1	Magnetic Field Strength
Philips Imaging DD 001	2001xx86	IS	1	Unknown
Philips Imaging DD 001	2001xx87	SH	1	Imaged Nucleus
Philips Imaging DD 001	2001xx88	DS	1	Number of Averages
Philips Imaging DD 001	2001xx89	DS	1	Phase FOV Percent
Philips Imaging DD 001	2001xx8A	DS	1	Sampling Percent
Philips Imaging DD 001	2001xx8B	SH	1	Unknown
Philips Imaging DD 001	2001xx93	LO	1	Text Style
Philips Imaging DD 001	2001xx94	LO	1	Processing Order Specialization
Philips Imaging DD 001	2001xx97	SH	1	Nucleus
Philips Imaging DD 001	2001xx9A	SQ	1	Graphic Number Sequence
Philips Imaging DD 001	2001xx9B	UL	1	Graphic Number
Philips Imaging DD 001	2001xx9C	LO	1	Unknown
Philips Imaging DD 001	2001xx9D	LO	1	PIIM Subtraction Type
Philips Imaging DD 001	2001xx9F	US	2	Pixel Processing Kernel Size
Philips Imaging DD 001	2001xxA1	CS	1	Is Raw Image
Philips Imaging DD 001	2001xxA2	US	1	LOG Subtraction Curve Taste
Philips Imaging DD 001	2001xxA3	UL	1	Text Color Foreground
Philips Imaging DD 001	2001xxA4	UL	1	Text Color Background
Philips Imaging DD 001	2001xxA5	UL	1	Text Color Shadow
Philips Imaging DD 001	2001xxC1	LO	1	Nested Object Type Name
Philips Imaging DD 001	2001xxCC	ST	1	Unknown
Philips Imaging DD 001	2001xxDA	CS	1	Unknown
Philips Imaging DD 001	2001xxF1	FL	1-n	Prospective Motion Correction
Philips Imaging DD 001	2001xxF2	FL	1	Retrospective Motion Correction
Philips Imaging DD 001	2005xx14	CS	1	Diffusion
Philips Imaging DD 001	2005xx20	SL	1	Number of Chemical Shifts
Philips Imaging DD 001	2005xx30	FL	1	Repetition Time
Philips Imaging DD 001	2005xx33	FL	1	Scan Duration
Philips Imaging DD 001	2005xx35	CS	1	Data Type
Philips Imaging DD 001	2005xx8B	SH	1	Transmitting Coil
Philips Imaging DD 001	2005xx9F	CS	1	Spectral Selective Excitation Pulse
Philips Imaging DD 001	2005xxA1	CS	1	Syncra Scan Type
Philips Imaging DD 002	2001xx01	US	1	Unknown
Philips Imaging DD 002	2001xx02	FD	1	Unknown
Philips Imaging DD 002	2001xx13	SS	1	Unknown
Philips Imaging DD 002	2001xx14	FD	1	Unknown
Philips Imaging DD 002	2001xx15	FD	1	Unknown
Philips Imaging DD 002	2001xx16	FD	1	Unknown
Philips Imaging DD 002	2001xx17	FD	1	Unknown
Philips Imaging DD 002	2001xx18	CS	1	Unknown
Philips Imaging DD 002	2001xx19	FD	1	Unknown
Philips Imaging DD 002	2001xx1A	FD	1	Unknown
Philips Imaging DD 002	2001xx1B	FD	1	Unknown
Philips Imaging DD 002	2001xx1C	FD	1	Unknown
Philips Imaging DD 002	2001xx1D	FD	1	Unknown
Philips Imaging DD 002	2001xx1E	FD	1	Unknown
Philips Imaging DD 002	2001xx1F	FD	1	Unknown
Philips Imaging DD 002	2001xx20	FD	1	Unknown
Philips Imaging DD 002	2001xx21	FD	1	Unknown
Philips Imaging DD 002	2001xx22	FD	1	Unknown
Philips Imaging DD 002	2001xx23	FD	1	Unknown
Philips Imaging DD 002	2001xx24	FD	1	Unknown
Philips Imaging DD 002	2001xx25	FD	1	Unknown
Philips Imaging DD 002	2001xx26	FD	1	Unknown
Philips Imaging DD 002	2001xx27	FD	1	Unknown
Philips Imaging DD 002	2001xx28	US	1	Unknown
Philips Imaging DD 002	2001xx29	US	1	Unknown
Philips Imaging DD 002	2001xx2A	US	1	Unknown
Philips Imaging DD 002	2001xx2B	SS	1	Unknown
Philips Imaging DD 002	2001xx2C	FD	1	Unknown
Philips Imaging DD 002	2001xx2D	FD	1	Unknown
Philips Imaging DD 002	2001xx2E	SS	1	Unknown
Philips Imaging DD 002	2001xx2F	SS	1	Unknown
Philips Imaging DD 002	2001xx30	SS	1	Unknown
Philips Imaging DD 002	2001xx31	SS	1	Unknown
Philips Imaging DD 002	2001xx32	SS	1	Unknown
Philips Imaging DD 002	2001xx33	SS	1	Unknown
Philips Imaging DD 002	2001xx34	SS	1	Unknown
Philips Imaging DD 002	2001xx35	FD	1	Unknown
Philips Imaging DD 002	2001xx36	FD	1	Unknown
Philips Imaging DD 002	2001xx37	FD	1	Unknown
Philips Imaging DD 002	2001xx39	CS	1	Unknown
Philips Imaging DD 002	2001xx3A	SQ	1	Unknown
Philips Imaging DD 002	2001xx3B	SQ	1	Unknown
Philips Imaging DD 002	2001xx3C	SQ	1	Unknown
Philips Imaging DD 002	2001xx3D	SQ	1	Unknown
Philips Imaging DD 002	2001xx3E	SS	1	Unknown
Philips Imaging DD 002	2001xx3F	SS	1	Unknown
Philips Imaging DD 002	2001xx40	SS	1	Unknown
Philips Imaging DD 065	4007xx00	CS	1	Unknown
Philips Imaging DD 067	4001xx00	SQ	1	Unknown
Philips Imaging DD 067	4001xx01	CS	1	Unknown
Philips Imaging DD 067	4001xx08	CS	1	Unknown
Philips Imaging DD 070	4001xx10	SQ	1	Unknown
Philips Imaging DD 070	4001xx11	SQ	1	Unknown
Philips Imaging DD 070	4001xx12	SQ	1	Unknown
Philips Imaging DD 070	4001xx16	ST	1	Unknown
Philips Imaging DD 070	4001xx17	ST	1	Unknown
Philips Imaging DD 070	4001xx18	ST	1	Unknown
Philips Imaging DD 070	4001xx1C	SQ	1	Unknown
Philips Imaging DD 070	4001xx1D	LT	1	Unknown
Philips Imaging DD 073	4007xx48	FL	1	Unknown
Philips Imaging DD 129	2001xx00	SQ	1	Unknown
Philips Imaging DD 129	2001xx01	SQ	1	Unknown
Philips MR Imaging DD 001	2005xx00	FL	1	Unknown
Philips MR Imaging DD 001	2005xx01	FL	1	Unknown
Philips MR Imaging DD 001	2005xx02	FL	1	Unknown
Philips MR Imaging DD 001	2005xx04	CS	1	Unknown
Philips MR Imaging DD 001	2005xx05	CS	1	Synergy Reconstruction Type
Philips MR Imaging DD 001	2005xx08	FL	1	Unknown
Philips MR Imaging DD 001	2005xx09	FL	1	Unknown
Philips MR Imaging DD 001	2005xx0A	FL	1	Unknown
Philips MR Imaging DD 001	2005xx0B	FL	1	Unknown
Philips MR Imaging DD 001	2005xx0C	FL	1	Unknown
Philips MR Imaging DD 001	2005xx0D	FL	1	Unknown
Philips MR Imaging DD 001	2005xx0E	FL	1	Unknown
Philips MR Imaging DD 001	2005xx0F	DS	1	Window Center
Philips MR Imaging DD 001	2005xx10	DS	1	Window Width
Philips MR Imaging DD 001	2005xx11	CS	1	Unknown
Philips MR Imaging DD 001	2005xx12	CS	1	Unknown
Philips MR Imaging DD 001	2005xx13	CS	1	Unknown
Philips MR Imaging DD 001	2005xx14	CS	1	Unknown
Philips MR Imaging DD 001	2005xx15	CS	1	Unknown
Philips MR Imaging DD 001	2005xx16	CS	1	Unknown
Philips MR Imaging DD 001	2005xx17	CS	1	Unknown
Philips MR Imaging DD 001	2005xx18	LO	1	Unknown
Philips MR Imaging DD 001	2005xx19	CS	1	Unknown
Philips MR Imaging DD 001	2005xx1A	SS	1	Unknown
Philips MR Imaging DD 001	2005xx1B	CS	1	Unknown
Philips MR Imaging DD 001	2005xx1C	CS	1	Unknown
Philips MR Imaging DD 001	2005xx1D	SS	1	Unknown
Philips MR Imaging DD 001	2005xx1E	SH	1	Unknown
Philips MR Imaging DD 001	2005xx1F	SH	1	Unknown
Philips MR Imaging DD 001	2005xx20	SL	1	Number of Chemical Shift
Philips MR Imaging DD 001	2005xx21	SS	1	Unknown
Philips MR Imaging DD 001	2005xx22	IS	1	Unknown
Philips MR Imaging DD 001	2005xx23	SS	1	Unknown
Philips MR Imaging DD 001	2005xx25	SS	1	Unknown
Philips MR Imaging DD 001	2005xx26	CS	1	Unknown
Philips MR Imaging DD 001	2005xx27	CS	1	Unknown
Philips MR Imaging DD 001	2005xx28	CS	1	Unknown
Philips MR Imaging DD 001	2005xx29	CS	1	Unknown
Philips MR Imaging DD 001	2005xx2A	IS	1	Unknown
Philips MR Imaging DD 001	2005xx2B	SS	1	Unknown
Philips MR Imaging DD 001	2005xx2C	CS	1	Unknown
Philips MR Imaging DD 001	2005xx2D	IS	1	Unknown
Philips MR Imaging DD 001	2005xx2E	CS	1	Unknown
Philips MR Imaging DD 001	2005xx2F	CS	1	Unknown
Philips MR Imaging DD 001	2005xx30	FL	1	Repetition Time
Philips MR Imaging DD 001	2005xx31	CS	1	Unknown
Philips MR Imaging DD 001	2005xx32	CS	1	Unknown
Philips MR Imaging DD 001	2005xx33	FL	1	Acquisition Duration
Philips MR Imaging DD 001	2005xx34	CS	1	Unknown
Philips MR Imaging DD 001	2005xx35	CS	1	Unknown
Philips MR Imaging DD 001	2005xx36	CS	1	Unknown
Philips MR Imaging DD 001	2005xx37	CS	1	Unknown
Philips MR Imaging DD 001	2005xx38	CS	1	Unknown
Philips MR Imaging DD 001	2005xx39	CS	1	Unknown
Philips MR Imaging DD 001	2005xx3A	SH	1	Unknown
Philips MR Imaging DD 001	2005xx3B	CS	1	Unknown
Philips MR Imaging DD 001	2005xx3C	CS	1	Unknown
Philips MR Imaging DD 001	2005xx3D	SS	1	Unknown
Philips MR Imaging DD 001	2005xx3E	SL	1-n	Unknown
Philips MR Imaging DD 001	2005xx48	IS	1	Unknown
Philips MR Imaging DD 001	2005xx49	IS	1	Unknown
Philips MR Imaging DD 001	2005xx4A	IS	1	Unknown
Philips MR Imaging DD 001	2005xx4B	IS	1	Unknown
Philips MR Imaging DD 001	2005xx4C	CS	1	Unknown
Philips MR Imaging DD 001	2005xx4D	CS	1	Unknown
Philips MR Imaging DD 001	2005xx4E	FL	1	Unknown
Philips MR Imaging DD 001	2005xx4F	FL	1	Unknown
Philips MR Imaging DD 001	2005xx50	FL	1	Unknown
Philips MR Imaging DD 001	2005xx51	FL	1	Unknown
Philips MR Imaging DD 001	2005xx52	CS	1	Unknown
Philips MR Imaging DD 001	2005xx53	CS	1	Unknown
Philips MR Imaging DD 001	2005xx54	FL	1	Unknown
Philips MR Imaging DD 001	2005xx55	FL	1	Unknown
Philips MR Imaging DD 001	2005xx56	FL	1	Unknown
Philips MR Imaging DD 001	2005xx57	FL	1	Unknown
Philips MR Imaging DD 001	2005xx58	FL	1	Unknown
Philips MR Imaging DD 001	2005xx59	FL	1	Unknown
Philips MR Imaging DD 001	2005xx5A	FL	1	Unknown
Philips MR Imaging DD 001	2005xx5B	FL	1	Unknown
Philips MR Imaging DD 001	2005xx5C	FL	1	Unknown
Philips MR Imaging DD 001	2005xx5D	CS	1	Unknown
Philips MR Imaging DD 001	2005xx5E	CS	1	Unknown
Philips MR Imaging DD 001	2005xx5F	CS	1	Unknown
Philips MR Imaging DD 001	2005xx60	IS	1	Unknown
Philips MR Imaging DD 001	2005xx61	CS	1	Unknown
Philips MR Imaging DD 001	2005xx63	SS	1	Unknown
Philips MR Imaging DD 001	2005xx64	IS	1	Unknown
Philips MR Imaging DD 001	2005xx65	IS	1	Unknown
Philips MR Imaging DD 001	2005xx66	CS	1	Unknown
Philips MR Imaging DD 001	2005xx67	IS	1	Unknown
Philips MR Imaging DD 001	2005xx68	CS	1	Unknown
Philips MR Imaging DD 001	2005xx69	FL	1	Unknown
Philips MR Imaging DD 001	2005xx6A	FL	1	Unknown
Philips MR Imaging DD 001	2005xx6B	FL	1	Unknown
Philips MR Imaging DD 001	2005xx6C	FL	1	Unknown
Philips MR Imaging DD 001	2005xx6D	FL	1	Unknown
Philips MR Imaging DD 001	2005xx6E	CS	1	Unknown
Philips MR Imaging DD 001	2005xx6F	CS	1	Unknown
Philips MR Imaging DD 001	2005xx70	LO	1	Unknown
Philips MR Imaging DD 001	2005xx71	FL	1	Unknown
Philips MR Imaging DD 001	2005xx72	FL	1	Unknown
Philips MR Imaging DD 001	2005xx73	FL	1	Unknown
Philips MR Imaging DD 001	2005xx74	FL	1	Unknown
Philips MR Imaging DD 001	2005xx75	FL	1	Unknown
Philips MR Imaging DD 001	2005xx76	FL	1	Unknown
Philips MR Imaging DD 001	2005xx78	FL	1	Unknown
Philips MR Imaging DD 001	2005xx79	FL	1	Unknown
Philips MR Imaging DD 001	2005xx7A	FL	1	Unknown
Philips MR Imaging DD 001	2005xx7B	CS	1	Unknown
Philips MR Imaging DD 001	2005xx7E	FL	1	Unknown
Philips MR Imaging DD 001	2005xx80	SQ	1	Unknown
Philips MR Imaging DD 001	2005xx81	CS	1	Unknown
Philips MR Imaging DD 001	2005xx83	SQ	1	Unknown
Philips MR Imaging DD 001	2005xx84	SQ	1	Unknown
Philips MR Imaging DD 001	2005xx85	SQ	1	Unknown
Philips MR Imaging DD 001	2005xx86	SS	1	Unknown
Philips MR Imaging DD 001	2005xx9E	SQ	1	Unknown
Philips MR Imaging DD 001	2005xx9F	CS	1	Unknown
Philips MR Imaging DD 001	2005xxA0	FL	1	Unknown
Philips MR Imaging DD 001	2005xxA1	CS	1	Syncra Scan Type
Philips MR Imaging DD 001	2005xxA2	CS	1	Unknown
Philips MR Imaging DD 001	2005xxA3	IS	1	Unknown
Philips MR Imaging DD 001	2005xxA4	IS	1	Unknown
Philips MR Imaging DD 001	2005xxA5	IS	1	Unknown
Philips MR Imaging DD 001	2005xxA6	IS	1	Unknown
Philips MR Imaging DD 001	2005xxA7	CS	1	Unknown
Philips MR Imaging DD 001	2005xxA8	DS	1	Unknown
Philips MR Imaging DD 001	2005xxA9	CS	1	Unknown
Philips MR Imaging DD 001	2005xxB0	FL	1	Diffusion Direction RL
Philips MR Imaging DD 001	2005xxB1	FL	1	Diffusion Direction AP
Philips MR Imaging DD 001	2005xxB2	FL	1	Diffusion Direction FH
Philips MR Imaging DD 001	2005xxC0	CS	1	Unknown
Philips MR Imaging DD 002	2005xx32	SQ	1	Unknown
Philips MR Imaging DD 002	2005xx37	LO	1	Unknown
Philips MR Imaging DD 002	2005xx38	LO	1	Unknown
Philips MR Imaging DD 002	2005xx39	LO	1	Unknown
Philips MR Imaging DD 002	2005xx40	LO	1	Unknown
Philips MR Imaging DD 002	2005xx41	LO	1	Unknown
Philips MR Imaging DD 002	2005xx43	SL	1	Unknown
Philips MR Imaging DD 002	2005xx44	OW	1	Unknown
Philips MR Imaging DD 002	2005xx47	CS	1	Unknown
Philips MR Imaging DD 002	2005xx99	UL	1	Unknown
Philips MR Imaging DD 003	2005xx00	UL	1	Unknown
Philips MR Imaging DD 003	2005xx01	UL	1	Unknown
Philips MR Imaging DD 003	2005xx13	UL	1	Unknown
Philips MR Imaging DD 003	2005xx34	SL	1	Unknown
Philips MR Imaging DD 003	2005xx45	SS	1	Unknown
Philips MR Imaging DD 003	2005xx49	SS	1	Unknown
Philips MR Imaging DD 003	2005xx51	SS	1	Unknown
Philips MR Imaging DD 003	2005xx52	SS	1	Unknown
Philips MR Imaging DD 003	2005xx53	SS	1	Unknown
Philips MR Imaging DD 003	2005xx56	SS	1	Unknown
Philips MR Imaging DD 003	2005xx57	SS	1	Unknown
Philips MR Imaging DD 003	2005xx81	UI	1	Unknown
Philips MR Imaging DD 003	2005xx82	CS	1	Unknown
Philips MR Imaging DD 004	2005xx00	SS	1	Unknown
Philips MR Imaging DD 004	2005xx01	SS	1	Unknown
Philips MR Imaging DD 004	2005xx02	SS	1	Unknown
Philips MR Imaging DD 004	2005xx03	SS	1	Unknown
Philips MR Imaging DD 004	2005xx04	SS	1	Unknown
Philips MR Imaging DD 004	2005xx05	SS	1	Unknown
Philips MR Imaging DD 004	2005xx06	SS	1	Unknown
Philips MR Imaging DD 004	2005xx07	FL	1	Unknown
Philips MR Imaging DD 004	2005xx08	FL	1	Unknown
Philips MR Imaging DD 004	2005xx09	FL	1	Unknown
Philips MR Imaging DD 004	2005xx10	FL	1	Unknown
Philips MR Imaging DD 004	2005xx12	FL	1	Unknown
Philips MR Imaging DD 004	2005xx13	SS	1	Unknown
Philips MR Imaging DD 004	2005xx14	SS	1	Unknown
Philips MR Imaging DD 004	2005xx15	SS	1	Unknown
Philips MR Imaging DD 004	2005xx16	SS	1	Unknown
Philips MR Imaging DD 004	2005xx17	SS	1	Unknown
Philips MR Imaging DD 004	2005xx25	CS	1	Unknown
Philips MR Imaging DD 004	2005xx26	FL	1	Unknown
Philips MR Imaging DD 004	2005xx27	CS	1	Unknown
Philips MR Imaging DD 004	2005xx28	CS	1	Unknown
Philips MR Imaging DD 004	2005xx29	FL	1	Unknown
Philips MR Imaging DD 004	2005xx30	CS	1-n	Unknown
Philips MR Imaging DD 004	2005xx31	SS	1	Unknown
Philips MR Imaging DD 004	2005xx33	FL	3	Unknown
Philips MR Imaging DD 004	2005xx34	CS	1	Unknown
Philips MR Imaging DD 004	2005xx35	CS	1	Unknown
Philips MR Imaging DD 004	2005xx36	FL	1	Unknown
Philips MR Imaging DD 004	2005xx37	FL	1	Unknown
Philips MR Imaging DD 004	2005xx38	FL	1	Unknown
Philips MR Imaging DD 004	2005xx39	SS	2	Unknown
Philips MR Imaging DD 004	2005xx40	CS	1	Unknown
Philips MR Imaging DD 004	2005xx41	CS	1	Unknown
Philips MR Imaging DD 004	2005xx42	CS	1	Unknown
Philips MR Imaging DD 004	2005xx43	CS	1	Unknown
Philips MR Imaging DD 004	2005xx44	SS	1-n	Unknown
Philips MR Imaging DD 004	2005xx45	CS	1	Unknown
Philips MR Imaging DD 004	2005xx46	CS	1	Unknown
Philips MR Imaging DD 004	2005xx47	FL	1	Unknown
Philips MR Imaging DD 004	2005xx48	CS	1	Unknown
Philips MR Imaging DD 004	2005xx49	FL	1	Unknown
Philips MR Imaging DD 004	2005xx50	FL	2	Unknown
Philips MR Imaging DD 004	2005xx51	SS	1	Unknown
Philips MR Imaging DD 004	2005xx52	SS	1	Unknown
Philips MR Imaging DD 004	2005xx53	LO	1-n	Unknown
Philips MR Imaging DD 004	2005xx54	CS	1	Unknown
Philips MR Imaging DD 004	2005xx55	FL	1-n	Unknown
Philips MR Imaging DD 004	2005xx56	CS	1	Unknown
Philips MR Imaging DD 004	2005xx57	SS	1	Unknown
Philips MR Imaging DD 004	2005xx58	LO	1	Unknown
Philips MR Imaging DD 004	2005xx59	FL	1	Unknown
Philips MR Imaging DD 004	2005xx60	FL	1	Unknown
Philips MR Imaging DD 004	2005xx61	FL	2	Unknown
Philips MR Imaging DD 004	2005xx62	FL	1	Unknown
Philips MR Imaging DD 004	2005xx63	FL	1	Unknown
Philips MR Imaging DD 004	2005xx64	CS	1	Unknown
Philips MR Imaging DD 004	2005xx70	SS	1	Unknown
Philips MR Imaging DD 004	2005xx71	SQ	1	Unknown
Philips MR Imaging DD 004	2005xx72	SS	1	Unknown
Philips MR Imaging DD 004	2005xx73	SS	1	Unknown
Philips MR Imaging DD 004	2005xx74	SS	1	Unknown
Philips MR Imaging DD 004	2005xx75	SS	1	Unknown
Philips MR Imaging DD 004	2005xx76	SS	1	Unknown
Philips MR Imaging DD 004	2005xx77	SS	1	Unknown
Philips MR Imaging DD 004	2005xx78	SS	1	Unknown
Philips MR Imaging DD 004	2005xx79	SS	1	Unknown
Philips MR Imaging DD 004	2005xx81	IS	1	Unknown
Philips MR Imaging DD 004	2005xx82	UL	1	Unknown
Philips MR Imaging DD 004	2005xx89	SQ	1	Unknown
Philips MR Imaging DD 004	2005xx90	CS	1	Unknown
Philips MR Imaging DD 004	2005xx91	PN	1	Unknown
Philips MR Imaging DD 004	2005xx92	IS	1	Unknown
Philips MR Imaging DD 004	2005xx93	IS	1	Unknown
Philips MR Imaging DD 004	2005xx95	UI	1	Unknown
Philips MR Imaging DD 004	2005xx96	CS	1	Unknown
Philips MR Imaging DD 004	2005xx97	LO	1	Unknown
Philips MR Imaging DD 004	2005xx98	CS	1	Unknown
Philips MR Imaging DD 004	2005xx99	CS	1	Unknown
Philips MR Imaging DD 005	2005xx00	CS	1	Unknown
Philips MR Imaging DD 005	2005xx01	UL	1	Unknown
Philips MR Imaging DD 005	2005xx02	SQ	1	Unknown
Philips MR Imaging DD 005	2005xx03	UL	1	Unknown
Philips MR Imaging DD 005	2005xx06	SS	1	Unknown
Philips MR Imaging DD 005	2005xx07	SS	1	Unknown
Philips MR Imaging DD 005	2005xx09	DS	1	Unknown
Philips MR Imaging DD 005	2005xx0A	DS	1	Unknown
Philips MR Imaging DD 005	2005xx0B	LO	1	Unknown
Philips MR Imaging DD 005	2005xx0E	SQ	1	Unknown
Philips MR Imaging DD 005	2005xx0F	SQ	1	Unknown
Philips MR Imaging DD 005	2005xx10	IS	1	Unknown
Philips MR Imaging DD 005	2005xx11	UI	1	Unknown
Philips MR Imaging DD 005	2005xx12	IS	1	Unknown
Philips MR Imaging DD 005	2005xx13	IS	1	Unknown
Philips MR Imaging DD 005	2005xx14	SL	1	Unknown
Philips MR Imaging DD 005	2005xx15	SL	1	Unknown
Philips MR Imaging DD 005	2005xx16	CS	1	Unknown
Philips MR Imaging DD 005	2005xx18	CS	3	Unknown
Philips MR Imaging DD 005	2005xx19	CS	3	Unknown
Philips MR Imaging DD 005	2005xx1A	CS	1	Unknown
Philips MR Imaging DD 005	2005xx1B	IS	1	Unknown
Philips MR Imaging DD 005	2005xx1C	IS	1	Unknown
Philips MR Imaging DD 005	2005xx1D	IS	1	Unknown
Philips MR Imaging DD 005	2005xx1E	UL	1	Unknown
Philips MR Imaging DD 005	2005xx1F	UL	1	Unknown
Philips MR Imaging DD 005	2005xx20	UL	1	Unknown
Philips MR Imaging DD 005	2005xx21	UL	1	Unknown
Philips MR Imaging DD 005	2005xx22	UL	1	Unknown
Philips MR Imaging DD 005	2005xx23	UL	1	Unknown
Philips MR Imaging DD 005	2005xx24	UL	1	Unknown
Philips MR Imaging DD 005	2005xx25	UL	1	Unknown
Philips MR Imaging DD 005	2005xx26	CS	1	Unknown
Philips MR Imaging DD 005	2005xx27	CS	1	Unknown
Philips MR Imaging DD 005	2005xx28	SL	1	Unknown
Philips MR Imaging DD 005	2005xx2A	CS	1	Unknown
Philips MR Imaging DD 005	2005xx2B	CS	1	Unknown
Philips MR Imaging DD 005	2005xx2C	CS	1	Unknown
Philips MR Imaging DD 005	2005xx2D	CS	1	Unknown
Philips MR Imaging DD 005	2005xx2E	FL	1	Unknown
Philips MR Imaging DD 005	2005xx2F	FL	1	Unknown
Philips MR Imaging DD 005	2005xx30	FL	1	Unknown
Philips MR Imaging DD 005	2005xx31	FL	1	Unknown
Philips MR Imaging DD 005	2005xx32	CS	1	Unknown
Philips MR Imaging DD 005	2005xx35	CS	1	Unknown
Philips MR Imaging DD 005	2005xx36	UI	1	Unknown
Philips MR Imaging DD 005	2005xx37	CS	1	Unknown
Philips MR Imaging DD 005	2005xx38	LT	1	Unknown
Philips MR Imaging DD 005	2005xx39	LT	1	Unknown
Philips MR Imaging DD 005	2005xx3A	LT	1	Unknown
Philips MR Imaging DD 005	2005xx3B	CS	1	Unknown
Philips MR Imaging DD 005	2005xx3C	FL	1	Unknown
Philips MR Imaging DD 005	2005xx3D	FL	1	Unknown
Philips MR Imaging DD 005	2005xx3E	FL	1	Unknown
Philips MR Imaging DD 005	2005xx3F	CS	1	Unknown
Philips MR Imaging DD 005	2005xx40	FL	1	Unknown
Philips MR Imaging DD 005	2005xx41	FL	1	Unknown
Philips MR Imaging DD 005	2005xx42	FL	1	Unknown
Philips MR Imaging DD 005	2005xx43	FL	1	Unknown
Philips MR Imaging DD 005	2005xx44	IS	1	Unknown
Philips MR Imaging DD 005	2005xx45	CS	1	Unknown
Philips MR Imaging DD 005	2005xx46	FL	1	Unknown
Philips MR Imaging DD 005	2005xx47	FL	1	Unknown
Philips MR Imaging DD 005	2005xx48	FL	1	Unknown
Philips MR Imaging DD 005	2005xx49	FL	1	Unknown
Philips MR Imaging DD 005	2005xx4A	FL	1	Unknown
Philips MR Imaging DD 005	2005xx4B	FL	1	Unknown
Philips MR Imaging DD 005	2005xx4C	FL	1	Unknown
Philips MR Imaging DD 005	2005xx4D	CS	1	Unknown
Philips MR Imaging DD 005	2005xx4E	CS	1	Unknown
Philips MR Imaging DD 005	2005xx4F	CS	1	Unknown
Philips MR Imaging DD 005	2005xx50	SS	1	Unknown
Philips MR Imaging DD 006	20050053	FL	1	Unknown
Philips MR Imaging DD 006	20050054	FL	1	Unknown
Philips MR Imaging DD 006	20050055	FL	1	Unknown
Philips MR Imaging DD 006	20050056	FL	1	Unknown
Philips MR Imaging DD 006	20050057	CS	1	Unknown
Philips MR Imaging DD 006	20050058	FL	1	Unknown
Philips MR Imaging DD 006	20050059	FL	1	Unknown
Philips MR Imaging DD 006	20050060	IS	1	Unknown
Philips MR Imaging DD 006	20050061	FL	1	Unknown
Philips MR Imaging DD 006	20050062	LT	1	Unknown
Philips MR Imaging DD 006	20050063	CS	1	Unknown
Philips MR Imaging DD 006	20050064	CS	1	Unknown
Philips MR Imaging DD 006	20050065	CS	1	Unknown
Philips MR Imaging DD 006	20050066	CS	1	Unknown
Philips MR Imaging DD 006	20050067	IS	1	Unknown
Philips MR Imaging DD 006	20050068	IS	1	Unknown
Philips MR Imaging DD 006	20050071	IS	1	Unknown
Philips MR Imaging DD 006	20050072	FL	1	Unknown
Philips MR Imaging DD 006	20050073	IS	1	Unknown
Philips MR Imaging DD 006	20050074	DS	1	Unknown
Philips MR Imaging DD 006	20050075	DS	1	Unknown
Philips MR Imaging DD 006	20050076	LT	1	Unknown
Philips MR Imaging DD 006	20050078	CS	1	Unknown
Philips MR Imaging DD 006	20050079	CS	3	Unknown
Philips MR Imaging DD 006	20050081	CS	1	Unknown
Philips MR Imaging DD 006	20050082	IS	1	Unknown
Philips MR Imaging DD 006	20050083	LT	1	Unknown
Philips MR Imaging DD 006	20050085	DS	1	Unknown
Philips MR Imaging DD 006	20050086	LT	1	Unknown
Philips MR Imaging DD 006	20050087	DS	1	Unknown
Philips MR Imaging DD 006	20050095	CS	1	Unknown
Philips MR Imaging DD 006	20050096	IS	1	Unknown
Philips MR Imaging DD 006	20050097	CS	1	Unknown
Philips MR Imaging DD 006	20050099	SL	1	Unknown
Philips MR Imaging DD 007	20050000	CS	1	Unknown
Philips MR Imaging DD 007	20050001	FL	1	Unknown
Philips MR Imaging DD 007	20050002	FL	1	Unknown
Philips MR Imaging DD 007	20050003	FL	1	Unknown
Philips NM Private Group	7043xx00	SH	1	Unknown
Philips PET Private Group	0511xx00	US	1	Unknown
Philips PET Private Group	0511xx01	US	1	Unknown
Philips PET Private Group	0511xx02	OB	1	Unknown
Philips PET Private Group	0511xx03	OB	1	Unknown
Philips PET Private Group	0511xx32	DS	1	Unknown
Philips PET Private Group	0511xx50	DS	1	Unknown
Philips PET Private Group	7053xx00	DS	1	SUV Scale Factor
Philips PET Private Group	7053xx01	OB	1	Private
Philips PET Private Group	7053xx02	OB	1	Private
Philips PET Private Group	7053xx03	ST	1	Original image file name
Philips PET Private Group	7053xx04	OB	1	File Data
Philips PET Private Group	7053xx05	LO	1	Worklist Info File Name
Philips PET Private Group	7053xx06	OB	1	Unknown
Philips PET Private Group	7053xx07	SQ	1	Acquisition File Sequence
Philips PET Private Group	7053xx08	SQ	1	Unknown
Philips PET Private Group	7053xx09	DS	1	Activity Concentration Scale Factor
Philips PET Private Group	7053xx0B	UN	1	Unknown
Philips PET Private Group	7053xx0C	UN	1	Unknown
Philips PET Private Group	7053xx0D	UN	1	Unknown
Philips PET Private Group	7053xx0E	UN	1	Unknown
Philips PET Private Group	7053xx0F	UL	1	Segment Size
Philips PET Private Group	7053xx10	US	1	Segment Number
Philips PET Private Group	7053xx11	US	1	Number of Segments
Philips PET Private Group	7053xx12	SQ	1	File Data Sequence
Philips PET Private Group	7053xx13	SS	1	Unknown
Philips PET Private Group	7053xx14	SS	1	Unknown
Philips PET Private Group	7053xx15	SS	1	Unknown
Philips PET Private Group	7053xx16	SS	1	Unknown
Philips PET Private Group	7053xx17	SS	1	Unknown
Philips PET Private Group	7053xx18	SS	1	Unknown
Philips PET Private Group	7053xx50	UN	1	Unknown
Philips PET Private Group	7053xx51	UN	1	Unknown
Philips PET Private Group	7053xx52	UN	1	Unknown
Philips PET Private Group	7053xx53	UN	1	Unknown
Philips PET Private Group	7053xx54	UN	1	Unknown
Philips PET Private Group	7053xx55	UN	1	Unknown
Philips PET Private Group	7053xx56	UN	1	Unknown
Philips PET Private Group	7053xx57	UN	1	Unknown
Philips PET Private Group	7053xx58	UN	1	Unknown
Philips PET Private Group	7053xx59	UN	1	Unknown
Philips PET Private Group	7053xx5A	UN	1	Unknown
Philips PET Private Group	7053xx5B	UN	1	Unknown
Philips PET Private Group	7053xx5C	UN	1	Unknown
Philips PET Private Group	7053xx5D	UN	1	Unknown
Philips PET Private Group	7053xx5E	UN	1	Unknown
Philips PET Private Group	7053xx5F	UN	1	Unknown
Philips PET Private Group	7053xx60	UN	1	Unknown
Philips PET Private Group	7053xx61	UN	1	Unknown
Philips PET Private Group	7053xx62	UN	1	Unknown
Philips PET Private Group	7053xx63	UN	1	Unknown
Philips PET Private Group	7053xx64	UN	1	Unknown
Philips PET Private Group	7053xx65	UN	1	Unknown
Philips PET Private Group	7053xx66	UN	1	Unknown
Philips PET Private Group	7053xx67	UN	1	Unknown
Philips PET Private Group	7053xx68	UN	1	Unknown
Philips PET Private Group	7053xx69	UN	1	Unknown
Philips PET Private Group	7053xx6A	UN	1	Unknown
Philips PET Private Group	7053xx6B	UN	1	Unknown
Philips PET Private Group	7053xx6C	UN	1	Unknown
Philips PET Private Group	7053xx6D	UN	1	Unknown
Philips PET Private Group	7053xx6E	UN	1	Unknown
Philips PET Private Group	7053xx6F	UN	1	Unknown
Philips PET Private Group	7053xx70	UN	1	Unknown
Philips PET Private Group	7053xx71	UN	1	Unknown
Philips PET Private Group	7053xx72	UN	1	Unknown
Philips PET Private Group	7053xx73	UN	1	Unknown
Philips PET Private Group	7053xx74	UN	1	Unknown
Philips PET Private Group	7053xx75	UN	1	Unknown
Philips PET Private Group	7053xx76	UN	1	Unknown
Philips PET Private Group	7053xx77	UN	1	Unknown
Philips PET Private Group	7053xx78	UN	1	Unknown
Philips PET Private Group	7053xxC2	UI	1	Unknown
Philips PET Private Group	7053xxD0	UN	1	Unknown
Philips PET Private Group	7053xxD1	UN	1	Unknown
Philips PET Private Group	7053xxD2	UN	1	Unknown
Philips PET Private Group	7053xxD3	UN	1	Unknown
Philips PET Private Group	7053xxD5	UN	1	Unknown
Philips PET Private Group	7053xxD6	UN	1	Unknown
Philips PET Private Group	7053xxD7	UN	1	Unknown
Philips PET Private Group	7053xxD8	UN	1	Unknown
Philips PET Private Group	7053xxD9	UN	1	Unknown
Philips RAD Imaging DD 001	200Bxx00	PN	1	Unknown
Philips RAD Imaging DD 001	200Bxx01	US	1	Unknown
Philips RAD Imaging DD 001	200Bxx02	US	1	Unknown
Philips RAD Imaging DD 001	200Bxx05	IS	1	Unknown
Philips RAD Imaging DD 001	200Bxx11	LO	1	Unknown
Philips RAD Imaging DD 001	200Bxx27	DT	1	Unknown
Philips RAD Imaging DD 001	200Bxx28	DS	1	Unknown
Philips RAD Imaging DD 001	200Bxx29	DS	1	Unknown
Philips RAD Imaging DD 001	200Bxx2A	UL	1	Unknown
Philips RAD Imaging DD 001	200Bxx2B	DA	1	Unknown
Philips RAD Imaging DD 001	200Bxx2C	TM	1	Unknown
Philips RAD Imaging DD 001	200Bxx2D	LO	1	Unknown
Philips RAD Imaging DD 001	200Bxx3B	LO	1	Unknown
Philips RAD Imaging DD 001	200Bxx40	SH	1	Unknown
Philips RAD Imaging DD 001	200Bxx41	SH	1	Unknown
Philips RAD Imaging DD 001	200Bxx42	UI	1	Unknown
Philips RAD Imaging DD 001	200Bxx43	UI	1	Unknown
Philips RAD Imaging DD 001	200Bxx47	DA	1	Unknown
Philips RAD Imaging DD 001	200Bxx48	SH	1	Unknown
Philips RAD Imaging DD 001	200Bxx4C	SH	1	Unknown
Philips RAD Imaging DD 001	200Bxx4D	SH	1	Unknown
Philips RAD Imaging DD 001	200Bxx4F	DT	1	Unknown
Philips RAD Imaging DD 001	200Bxx52	CS	1	Unknown
Philips RAD Imaging DD 097	200Bxx00	ST	1	Unknown
Philips RAD Imaging DD 097	200Bxx01	CS	1	Unknown
Philips RAD Imaging DD 097	200Bxx02	SS	1	Unknown
Philips RAD Imaging DD 097	200Bxx50	SS	1	Unknown
Philips RAD Imaging DD 097	200Bxx51	SS	1	Unknown
Philips RAD Imaging DD 097	200Bxx52	SS	1	Unknown
Philips RAD Imaging DD 097	200Bxx53	SS	1	Unknown
Philips RAD Imaging DD 097	200Bxx54	ST	1	Unknown
Philips RAD Imaging DD 097	200Bxx60	LT	1	Unknown
Philips RAD Imaging DD 097	200Bxx63	LT	1	Unknown
Philips RAD Imaging DD 097	200Bxx65	SS	1	Unknown
Philips RAD Imaging DD 097	200Bxx6E	US	1	Unknown
Philips RAD Imaging DD 097	200Bxx72	FD	1	Unknown
Philips RAD Imaging DD 097	200Bxx73	SS	1	Unknown
Philips RAD Imaging DD 097	200Bxx74	IS	1	Unknown
Philips RAD Imaging DD 097	200Bxx75	CS	1	Unknown
Philips RAD Imaging DD 097	200Bxx76	SH	1	Unknown
Philips RAD Imaging DD 097	200Bxx78	IS	1-n	Unknown
Philips RAD Imaging DD 097	200Bxx79	IS	1	Unknown
Philips RAD Imaging DD 097	200Bxx7A	IS	1	Unknown
Philips RAD Imaging DD 097	200Bxx7B	US	1	Unknown
Philips RAD Imaging DD 097	200Bxx7C	US	1	Unknown
Philips RAD Imaging DD 097	200Bxx7D	IS	1-n	Unknown
Philips RAD Imaging DD 097	200Bxx7E	UI	1	Unknown
Philips RAD Imaging DD 097	200Bxx81	LO	1	Unknown
Philips RAD Imaging DD 097	200Bxx82	LO	1	Unknown
Philips RAD Imaging DD 097	200Bxx85	IS	1	Unknown
Philips RAD Imaging DD 097	200Bxx86	CS	1	Unknown
Philips RAD Imaging DD 097	200Bxx88	CS	1	Unknown
Philips RAD Imaging DD 097	200Bxx89	LT	1	Unknown
Philips RAD Imaging DD 097	200Bxx90	DS	1	Unknown
Philips RAD Imaging DD 097	200Bxx96	SH	1	Unknown
Philips RAD Imaging DD 097	200Bxx99	SH	1	Unknown
Philips RAD Imaging DD 097	200Bxx9A	FD	1	Unknown
Philips RAD Imaging DD 097	200Bxx9B	FD	1	Unknown
Philips RAD Imaging DD 097	200BxxA0	LT	1	Unknown
Philips US Imaging 60	0031xx30	UL	1	Private data
Philips US Imaging 60	0031xx31	UL	1	Private data
Philips US Imaging DD 017	200Dxx05	LO	1	Unknown
Philips US Imaging DD 023	200Dxx37	DA	1	Unknown
Philips US Imaging DD 023	200Dxx38	TM	1	Unknown
Philips US Imaging DD 033	200Dxx01	LO	1	Unknown
Philips US Imaging DD 033	200Dxx02	LO	1	Unknown
Philips US Imaging DD 033	200Dxx03	LO	6	Unknown
Philips US Imaging DD 033	200Dxx04	LO	6	Unknown
Philips US Imaging DD 033	200Dxx05	LO	1-n	Unknown
Philips US Imaging DD 033	200Dxx06	LO	6	Unknown
Philips US Imaging DD 033	200Dxx07	LO	1	Unknown
Philips US Imaging DD 033	200Dxx08	LO	1	Unknown
Philips US Imaging DD 033	200Dxx09	LO	1	Unknown
Philips US Imaging DD 033	200Dxx0A	LO	1	Unknown
Philips US Imaging DD 033	200Dxx0B	OB	1	Raw Data US
Philips US Imaging DD 033	200Dxx14	IS	1	Unknown
Philips US Imaging DD 034	200Dxx01	LO	1	Unknown
Philips US Imaging DD 034	200Dxx02	LO	1	Unknown
Philips US Imaging DD 034	200Dxx03	LO	1	Unknown
Philips US Imaging DD 034	200Dxx04	LO	1	Unknown
Philips US Imaging DD 034	200Dxx05	LO	1	Unknown
Philips US Imaging DD 034	200Dxx06	LO	1	Unknown
Philips US Imaging DD 034	200Dxx07	LO	1	Unknown
Philips US Imaging DD 034	200Dxx08	LO	1	Unknown
Philips US Imaging DD 034	200Dxx09	LO	1	Unknown
Philips US Imaging DD 034	200Dxx0A	LO	1	Unknown
Philips US Imaging DD 034	200Dxx0B	LO	1	Unknown
Philips US Imaging DD 034	200Dxx0C	LO	1	Unknown
Philips US Imaging DD 034	200Dxx0D	LO	1	Unknown
Philips US Imaging DD 034	200Dxx0E	LO	1	Unknown
Philips US Imaging DD 034	200Dxx0F	LO	1	Unknown
Philips US Imaging DD 034	200Dxx10	LO	1	Unknown
Philips US Imaging DD 034	200Dxx21	LO	1	Unknown
Philips US Imaging DD 034	200Dxx22	LO	1	Unknown
Philips US Imaging DD 034	200Dxx23	LO	1	Unknown
Philips US Imaging DD 034	200Dxx24	LO	1	Unknown
Philips US Imaging DD 035	200Dxx01	LO	1	Unknown
Philips US Imaging DD 035	200Dxx02	LO	1	Unknown
Philips US Imaging DD 035	200Dxx03	LO	1	Unknown
Philips US Imaging DD 035	200Dxx04	LO	1	Unknown
Philips US Imaging DD 035	200Dxx05	LO	1	Unknown
Philips US Imaging DD 035	200Dxx07	LO	1	Unknown
Philips US Imaging DD 035	200Dxx08	LO	1	Unknown
Philips US Imaging DD 035	200Dxx09	LO	1	Unknown
Philips US Imaging DD 035	200Dxx0A	LO	1	Unknown
Philips US Imaging DD 035	200Dxx0B	LO	1	Unknown
Philips US Imaging DD 035	200Dxx0C	LO	1	Unknown
Philips US Imaging DD 035	200Dxx0D	LO	1	Unknown
Philips US Imaging DD 036	200Dxx01	LO	3	Cols/Rows/Frames
Philips US Imaging DD 036	200Dxx02	LO	3	Cols/Rows/Frames
Philips US Imaging DD 036	200Dxx03	LO	3	Voxel Spacing
Philips US Imaging DD 036	200Dxx04	LO	3	Unknown
Philips US Imaging DD 038	200Dxx01	LO	1	Unknown
Philips US Imaging DD 039	200Dxx01	LO	1	Unknown
Philips US Imaging DD 039	200Dxx04	LO	1	Unknown
Philips US Imaging DD 039	200Dxx05	LO	1	Unknown
Philips US Imaging DD 039	200Dxx06	LO	1	Unknown
Philips US Imaging DD 039	200Dxx07	LO	1	Unknown
Philips US Imaging DD 039	200Dxx08	LO	1	Unknown
Philips US Imaging DD 039	200Dxx09	LO	1	Unknown
Philips US Imaging DD 039	200Dxx0A	LO	1	Unknown
Philips US Imaging DD 039	200Dxx0B	LO	1	Unknown
Philips US Imaging DD 039	200Dxx0C	LO	1	Unknown
Philips US Imaging DD 039	200Dxx0D	LO	1	Unknown
Philips US Imaging DD 040	200Dxx01	LO	1	Unknown
Philips US Imaging DD 040	200Dxx02	LO	1	Unknown
Philips US Imaging DD 040	200Dxx03	LO	1	Unknown
Philips US Imaging DD 040	200Dxx04	LO	1	Unknown
Philips US Imaging DD 040	200Dxx05	LO	1	Unknown
Philips US Imaging DD 040	200Dxx06	LO	1	Unknown
Philips US Imaging DD 040	200Dxx07	LO	1	Unknown
Philips US Imaging DD 040	200Dxx20	LO	1	Unknown
Philips US Imaging DD 041	200Dxx1E	LO	1	Unknown
Philips US Imaging DD 042	200Dxx50	LO	3	Unknown
Philips US Imaging DD 042	200Dxx51	LO	1	Unknown
Philips US Imaging DD 042	200Dxx52	LO	1	Unknown
Philips US Imaging DD 042	200Dxx53	LO	1	Unknown
Philips US Imaging DD 042	200Dxx54	LO	1	Unknown
Philips US Imaging DD 042	200Dxx55	LO	1	Unknown
Philips US Imaging DD 042	200Dxx56	LO	1	Unknown
Philips US Imaging DD 042	200Dxx57	LO	1	Unknown
Philips US Imaging DD 042	200Dxx58	LO	1	Unknown
Philips US Imaging DD 042	200Dxx59	LO	1	Unknown
Philips US Imaging DD 042	200Dxx5A	LO	1	Unknown
Philips US Imaging DD 042	200Dxx5B	LO	1	Unknown
Philips US Imaging DD 042	200Dxx5C	LO	1	Unknown
Philips US Imaging DD 042	200Dxx5D	LO	1	Unknown
Philips US Imaging DD 042	200Dxx5E	LO	1	Unknown
Philips US Imaging DD 042	200Dxx5F	LO	1	Unknown
Philips US Imaging DD 042	200Dxx60	LO	1	Unknown
Philips US Imaging DD 042	200Dxx70	LO	1	Unknown
Philips US Imaging DD 042	200Dxx71	LO	1	Unknown
Philips US Imaging DD 042	200Dxx72	LO	1	Unknown
Philips US Imaging DD 042	200Dxx73	LO	1	Unknown
Philips US Imaging DD 042	200Dxx74	LO	1	Unknown
Philips US Imaging DD 042	200Dxx75	LO	1	Unknown
Philips US Imaging DD 042	200Dxx76	LO	1	Unknown
Philips US Imaging DD 042	200Dxx77	LO	1	Unknown
Philips US Imaging DD 043	200Dxx05	SH	1	Unknown
Philips US Imaging DD 109	200Dxx00	US	1	Unknown
Philips US Imaging DD 109	200Dxx01	SQ	1	Unknown
Philips US Imaging DD 109	200Dxx02	ST	1	Unknown
Philips US Imaging DD 109	200Dxx03	CS	1	Unknown
Philips US Imaging DD 109	200Dxx04	SL	4	Unknown
Philips US Imaging DD 109	200Dxx05	UL	3	Unknown
Philips US Imaging DD 109	200Dxx06	UL	3	Unknown
Philips US Imaging DD 109	200Dxx07	CS	1	Unknown
Philips US Imaging DD 109	200Dxx08	CS	1	Unknown
Philips US Imaging DD 109	200Dxx09	OB	1	Unknown
Philips US Imaging DD 109	200Dxx0A	UL	1	Unknown
Philips US Imaging DD 109	200Dxx0B	OB	1	Unknown
Philips US Imaging DD 109	200Dxx0C	UL	1	Unknown
Philips US Imaging DD 109	200Dxx0D	SQ	1	Unknown
Philips US Imaging DD 109	200Dxx0E	CS	1	Unknown
Philips US Imaging DD 109	200Dxx0F	LO	1	Unknown
Philips US Imaging DD 109	200Dxx10	SL	1	Unknown
Philips US Imaging DD 109	200Dxx11	LO	1	Unknown
Philips US Imaging DD 109	200Dxx12	SL	1	Unknown
Philips US Imaging DD 113	200Dxx01	LO	1	Unknown
Philips US Imaging DD 113	200Dxx02	UL	1	Unknown
Philips US Imaging DD 113	200Dxx03	UL	1	Unknown
Philips US Imaging DD 113	200Dxx04	UL	1	Unknown
Philips US Imaging DD 113	200Dxx05	UL	1	Unknown
Philips US Imaging DD 113	200Dxx06	UL	1	Unknown
Philips US Imaging DD 113	200Dxx07	CS	1	Unknown
Philips US Imaging DD 113	200Dxx09	UL	1	Unknown
Philips US Imaging DD 113	200Dxx0B	CS	1	Unknown
Philips US Imaging DD 113	200Dxx0C	UL	1	Unknown
Philips US Imaging DD 113	200Dxx0D	UL	1	Unknown
Philips US Imaging DD 113	200Dxx0E	UL	1	Unknown
Philips US Imaging DD 113	200Dxx0F	DS	1	Unknown
Philips US Imaging DD 113	200Dxx10	DS	1	Unknown
Philips US Imaging DD 113	200Dxx11	SL	1	Unknown
Philips US Imaging DD 113	200Dxx12	UL	1	Unknown
Philips US Imaging DD 113	200Dxx13	FL	1-n	Unknown
Philips US Imaging DD 113	200Dxx14	US	1	Unknown
Philips US Imaging DD 113	200Dxx15	UL	1	Unknown
Philips US Imaging DD 113	200Dxx17	FD	1	Unknown
Philips US Imaging DD 113	200Dxx18	FD	1	Unknown
Philips US Imaging DD 113	200Dxx19	FD	1	Unknown
Philips US Imaging DD 113	200Dxx1A	FD	1	Unknown
Philips US Imaging DD 113	200Dxx1B	FD	1	Unknown
Philips US Imaging DD 113	200Dxx1C	FD	1	Unknown
Philips US Imaging DD 113	200Dxx1D	UL	1	Unknown
Philips US Imaging DD 113	200Dxx1E	UL	1	Unknown
Philips US Imaging DD 113	200Dxx1F	FD	1	Unknown
Philips US Imaging DD 113	200Dxx20	FD	1	Unknown
Philips US Imaging DD 113	200Dxx21	FD	1	Unknown
Philips US Private 3D	200Dxx02	IS	1	Threedpr Echo Vision Setting
Philips US Private 3D	200Dxx03	IS	1	Threedpr Color Vision Setting
Philips US Private 3D	200Dxx04	IS	1	Threedpr Transparency
Philips US Private 3D	200Dxx06	FD	1	Threedpr Vision Vol Brightness
Philips US Private 3D	200Dxx08	IS	1	Threedpr Low Threshold
Philips US Private 3D	200Dxx09	IS	1	Threedpr Image Layout
Philips US Private 3D	200Dxx0A	IS	1	Threedpr Xres Filtering Enabled
Philips US Private 3D	200Dxx0B	IS	1	Threedpr Echo Twod Chroma Map Enabled
Philips US Private 3D	200Dxx0C	IS	1	Threedpr Box Outlined Enabled
Philips US Private 3D	200Dxx0D	IS	1	Threedpr Smoothing Enabled
Philips US Private 3D	200Dxx0E	IS	1	Threedpr Reference Graphic Enabled
Philips US Private 3D	200Dxx0F	IS	1	Threedpr Map Inverted
Philips US Private 3D	200Dxx10	IS	1	Threedpr Color Stream Display Enabled
Philips US Private 3D	200Dxx11	IS	1	Threedpr Echo Stream Display Enabled
Philips US Private 3D	200Dxx12	LO	1	Vdb Param Color 3d Estimate Scale(2)
Philips US Private 3D	200Dxx13	LO	1	Vdb Param Color 3d Estimate Apex Position (1)
Philips US Private 3D	200Dxx14	LO	1	Vdb Param Color 3d Estimate Color Offset
Philips US Private 3D	200Dxx15	LO	1	Vdb Param Echo 3d Estimate Dimension(2)
Philips US Private 3D	200Dxx16	SQ	1	Private Native Threed Data Sequence(1)
Philips US Private 3D	200Dxx17	IS	1	Threedpr Basic Vol Brightness
Philips US Private 3D	200Dxx18	LO	1	Vdb Param Echo 3d Estimate Apex Position (2)
Philips US Private 3D	200Dxx1A	IS	1	Threedpr Echo Smoothing
Philips US Private 3D	200Dxx1B	IS	1	Threedpr Color Smoothing
Philips US Private 3D	200Dxx1E	IS	1	Threedpr Num Completed Trim Planes
Philips US Private 3D	200Dxx1F	IS	1	Threedpr Depth
Philips US Private 3D	200Dxx20	SQ	1	Private Native Data Stream Array
Philips US Private 3D	200Dxx21	IS	1	Threedpr Wall Filter
Philips US Private 3D	200Dxx23	FD	1	Threedpr Baseline
Philips US Private 3D	200Dxx24	FD	1	Threedpr Gain
Philips US Private 3D	200Dxx25	FD	1	Threedpr Compress
Philips US Private 3D	200Dxx26	FD	1	Threedpr Light Brightness
Philips US Private 3D	200Dxx27	FD	1	Threedpr Elevation Scale Factor
Philips US Private 3D	200Dxx28	FD	1	Threedpr Zoom Factor
Philips US Private 3D	200Dxx29	FD	1	Threedpr Color Write Priority
Philips US Private 3D	200Dxx2A	FD	1	Threedpr Rotation Angle X
Philips US Private 3D	200Dxx2B	FD	1	Threedpr Rotation Angle Y
Philips US Private 3D	200Dxx2C	FD	1	Threedpr Data Voi Center
Philips US Private 3D	200Dxx2D	FD	1	Threedpr View Translation
Philips US Private 3D	200Dxx2E	FD	1	Threedpr Data Voi Min Point
Philips US Private 3D	200Dxx2F	FD	1	Threedpr Data Voi Max Point
Philips US Private 3D	200Dxx30	FD	1	Threedpr Box Crop Min Point
Philips US Private 3D	200Dxx31	FD	1	Threedpr Box Crop Max Point
Philips US Private 3D	200Dxx32	FD	1	Threedpr Mpr Rotation Matrix
Philips US Private 3D	200Dxx33	FD	1	Threedpr Vol Rotation Matrix
Philips US Private 3D	200Dxx34	FD	1	Threedpr Trim Plane Equation
Philips US Private 3D	200Dxx35	IS	1	Threedpr Subpage Data Version
Philips US Private 3D	200Dxx36	IS	1	Threedpr Is Arbitrary Crop
Philips US Private 3D	200Dxx37	IS	1	Threedpr Arbitrary Crop Dist From Center
Philips US Private 3D	200Dxx38	FD	1	Threedpr Arbitrary Crop Rotation Matrix
Philips US Private 3D	200Dxx39	FD	1	Threedpr Color Gain
Philips US Private 3D	200Dxx40	IS	1	Threedpr Color Wall Filter Index
Philips US Private 3D	200Dxx41	IS	1	Threedpr Cursor Enabled
Philips US Private 3D	200Dxx42	IS	1	Threedpr Bondbox Graphic Enabled
Philips X-ray Imaging DD 001	2003xx00	CS	1	Unknown
Philips X-ray Imaging DD 001	2003xx01	LO	1	Unknown
Philips X-ray Imaging DD 001	2003xx02	FD	3	Unknown
Philips X-ray Imaging DD 001	2003xx03	LO	1	Unknown
Philips X-ray Imaging DD 001	2003xx04	SQ	1	Private enhanced Table Sequence
Philips X-ray Imaging DD 001	2003xx06	SL	1	Unknown
Philips X-ray Imaging DD 001	2003xx09	SL	1	Unknown
Philips X-ray Imaging DD 001	2003xx10	LO	1	Unknown
Philips X-ray Imaging DD 001	2003xx11	SL	1	Unknown
Philips X-ray Imaging DD 001	2003xx12	SL	1	Unknown
Philips X-ray Imaging DD 001	2003xx13	SL	1	Unknown
Philips X-ray Imaging DD 001	2003xx14	FD	1	Unknown
Philips X-ray Imaging DD 001	2003xx15	FD	1	Unknown
Philips X-ray Imaging DD 001	2003xx16	SL	1	Unknown
Philips X-ray Imaging DD 001	2003xx17	SL	1	Unknown
Philips X-ray Imaging DD 001	2003xx18	SL	1	Unknown
Philips X-ray Imaging DD 001	2003xx19	SL	1	Unknown
Philips X-ray Imaging DD 001	2003xx22	SL	1	Unknown
Philips X-ray Imaging DD 001	2003xx24	FD	4	Unknown
Philips X-ray Imaging DD 001	2003xx25	SL	1	Unknown
Philips X-ray Imaging DD 001	2003xx26	SL	1	Unknown
Philips X-ray Imaging DD 001	2003xx27	SH	1	Unknown
Philips X-ray Imaging DD 001	2003xx28	SH	1	Unknown
Philips X-ray Imaging DD 001	2003xx29	FD	1	Unknown
Philips X-ray Imaging DD 001	2003xx2A	LO	1	Unknown
Philips X-ray Imaging DD 001	2003xx2B	FD	1	Unknown
Philips X-ray Imaging DD 001	2003xx2C	SH	1	Unknown
Philips X-ray Imaging DD 001	2003xx2D	SL	1-n	Unknown
Philips X-ray Imaging DD 001	2003xx2E	SQ	1	Unknown
Philips X-ray Imaging DD 001	2003xx2F	CS	1	IsResolvePatientMixApplied
Philips X-ray Imaging DD 001	2003xx30	CS	1	Unknown
Philips X-ray Imaging DD 001	2003xx31	CS	1	Unknown
Philips X-ray Imaging DD 001	2003xx32	UI	1	Unknown
Picker MR Private Group	7101xx00	OB	1	Unknown
Picker MR Private Group	7101xx01	SL	1	Unknown
Picker MR Private Group	7101xx02	OB	1	Unknown
Picker MR Private Group	7101xx03	SL	1	Unknown
Picker MR Private Group	7101xx04	SH	1	Unknown
Picker MR Private Group	7101xx05	SH	2	Unknown
Picker MR Private Group	7101xx06	SH	4	Unknown
Picker MR Private Group	7101xx10	DS	1	Unknown
Picker NM Private Group	7001xx01	UI	1	Private
Picker NM Private Group	7001xx02	OB	1	Private
Picker NM Private Group	7001xx03	OB	1	Private
Picker NM Private Group	7001xx04	OB	1	Private
Picker NM Private Group	7001xx05	OB	1	Private
Picker NM Private Group	7001xx06	OB	1	Private
Picker NM Private Group	7001xx07	OB	1	Private
Picker NM Private Group	7001xx08	OB	1	Private
Picker NM Private Group	7001xx09	OB	1	Private
Picker NM Private Group	7001xx10	SQ	1	Private
Picker NM Private Group	7001xx11	LO	1	Private
Picker NM Private Group	7001xx12	OB	1	Private
Picker NM Private Group	7001xx13	US	1	Private
Picker NM Private Group	7001xx14	OB	1	Private
Picker NM Private Group	7001xx15	OB	1	Private
Picker NM Private Group	7001xx16	OB	1	Private
Picker NM Private Group	7001xx17	LO	1	Contains a text string that includes some of the same information that appears on the Odyssey Clinical Index (image directory) for this Image.
Picker NM Private Group	7043xx00	SH	1	Private.
QCA	0009xx00	CS	1	Analysis Type
QCA	0009xx04	LO	1	Segment Name
QCA	0009xx12	DS	1	Pre Catheter size
QCA	0009xx13	DS	1	Pre Reference Diameter
QCA	0009xx14	DS	1	Pre Minimum Lumen Diameter
QCA	0009xx15	DS	1	Pre Average Diameter
QCA	0009xx16	DS	1	Pre Stenosis Length
QCA	0009xx17	DS	1	Pre Stenosis %
QCA	0009xx18	DS	1	Pre Geometric Area Reduction %
QCA	0009xx22	DS	1	Post Catheter Size
QCA	0009xx23	DS	1	Post Reference Diameter
QCA	0009xx24	DS	1	Post Minimum Lumen Diameter
QCA	0009xx25	DS	1	Post Average Diameter
QCA	0009xx26	DS	1	Post Stenosis Length
QCA	0009xx27	DS	1	Post Stenosis %
QCA	0009xx28	DS	1	Post Geometric Area Reduction %
QCA_RESULTS	0009xx00	CS	1	Analysis Views
QCA_RESULTS	0009xx10	LO	1	Segment
QCA_RESULTS	0009xx11	LO	1	Pre Catheter Name
QCA_RESULTS	0009xx12	DS	1	Pre Catheter Size
QCA_RESULTS	0009xx13	DS	1	Pre Reference Diameter
QCA_RESULTS	0009xx14	DS	1	Pre Minimum Lumen Diameter
QCA_RESULTS	0009xx15	DS	1	Pre Average Diameter
QCA_RESULTS	0009xx16	DS	1	Pre Stenosis Length
QCA_RESULTS	0009xx17	IS	1	Pre Stenosis %
QCA_RESULTS	0009xx18	IS	1	Pre Geometric Area Reduction %
QCA_RESULTS	0009xx21	LO	1	Post Catheter Name
QCA_RESULTS	0009xx22	DS	1	Post Catheter Size
QCA_RESULTS	0009xx23	DS	1	Post Reference Diameter
QCA_RESULTS	0009xx24	DS	1	Post Minimum Lumen Diameter
QCA_RESULTS	0009xx25	DS	1	Post Average Diameter
QCA_RESULTS	0009xx26	DS	1	Post Stenosis Length
QCA_RESULTS	0009xx27	IS	1	Post Stenosis %
QCA_RESULTS	0009xx28	IS	1	Post Geometric Area Reduction %
QCA_RESULTS	0009xx40	IS	1	Calibration Frame
QCA_RESULTS	0009xx41	IS	1	End Diastolic Frame
QCA_RESULTS	0009xx42	IS	1	End Systolic Frame
QCA_RESULTS	0009xx43	DS	1	End Diastolic Volume
QCA_RESULTS	0009xx44	DS	1	End Systolic Volume
QCA_RESULTS	0009xx45	DS	1	Stroke Volume
QCA_RESULTS	0009xx47	DS	1	Ejection Fraction
QCA_RESULTS	0009xx48	DS	1	Body Surface Area
QCA_RESULTS	0009xx49	SH	1	Artery Territory Region
QCA_RESULTS	0009xx50	IS	1	Number of Diseased Vessels
QCA_RESULTS	0009xx51	DS	1	Hypokinesis in Region
QCA_RESULTS	0009xx52	DS	1	Hyperkinesis in Opposite Region
QCA_RESULTS	0009xx53	IS	1	Percent Total LV Hypokinesis
QCA_RESULTS	0009xx55	DS	1	Calibration Factor
QUASAR_INTERNAL_USE	0009xx01	UL	1-n	Rate Vector
QUASAR_INTERNAL_USE	0009xx02	UL	1-n	Count Vector
QUASAR_INTERNAL_USE	0009xx03	UL	1-n	Time Vector
QUASAR_INTERNAL_USE	0009xx07	US	1-n	Angle Vector
QUASAR_INTERNAL_USE	0009xx08	US	1	Camera Shape
QUASAR_INTERNAL_USE	0009xx10	US	1	WholeBody Spots
QUASAR_INTERNAL_USE	0009xx11	US	1	Worklist Flag
QUASAR_INTERNAL_USE	0009xx12	LO	1	Unknown
QUASAR_INTERNAL_USE	0009xx13	ST	1	Sequence Type
QUASAR_INTERNAL_USE	0009xx14	ST	1	Sequence Name
QUASAR_INTERNAL_USE	0009xx15	UL	1	Avr RR Time Vector
QUASAR_INTERNAL_USE	0009xx16	UL	1	Low Limit Vector
QUASAR_INTERNAL_USE	0009xx17	UL	1	High Limit Vector
QUASAR_INTERNAL_USE	0009xx18	UL	1	Begin Index Vector
QUASAR_INTERNAL_USE	0009xx19	UL	1	End Index Vector
QUASAR_INTERNAL_USE	0009xx1A	UL	1	Raw Time Vector
QUASAR_INTERNAL_USE	0009xx1B	LO	1	Image Type String
QUASAR_INTERNAL_USE	0009xx1D	US	1	Unknown
QUASAR_INTERNAL_USE	0009xx1E	ST	1	Unknown
QUASAR_INTERNAL_USE	0009xx22	FL	1	Unknown
QUASAR_INTERNAL_USE	0009xx23	US	1	Unknown
QUASAR_INTERNAL_USE	0009xx39	UI	1	Unknown
QUASAR_INTERNAL_USE	0009xx40	DA	1	Unknown
QUASAR_INTERNAL_USE	0009xx41	TM	1	Unknown
QUASAR_INTERNAL_USE	0009xx42	LO	1	Unknown
QUASAR_INTERNAL_USE	0009xx44	SH	1	Unknown
QUASAR_INTERNAL_USE	0037xx10	SQ	1	Unknown
QUASAR_INTERNAL_USE	0037xx1B	LO	1	Unknown
QUASAR_INTERNAL_USE	0037xx30	LO	1	Unknown
QUASAR_INTERNAL_USE	0037xx40	LO	1	Unknown
QUASAR_INTERNAL_USE	0037xx50	LO	1	Unknown
QUASAR_INTERNAL_USE	0037xx60	LO	1	Unknown
QUASAR_INTERNAL_USE	0037xx70	LO	1	Unknown
QVA	0009xx40	IS	1	Calibration Frame
QVA	0009xx41	IS	1	End Diastolic Frame
QVA	0009xx42	IS	1	End Systolic Frame
QVA	0009xx43	DS	1	End Diastolic Volume
QVA	0009xx44	DS	1	End Systolic Volume
QVA	0009xx45	DS	1	Stroke Volume
QVA	0009xx46	DS	1	Cardiac Output
QVA	0009xx47	DS	1	Ejection Fraction
QVA	0009xx48	DS	1	Body Surface Area
QVA	0009xx49	SH	1	Artery Territory Region
QVA	0009xx50	IS	1	Number of Diseased Vessels
QVA	0009xx51	DS	1	Hypokinesis in Region
QVA	0009xx52	DS	1	Hyperkinesis in Region
QVA	0009xx53	IS	1	percent of chords with hyperkinesis <- 2 SD
QVA	0009xx54	IS	1	percent of chords with alkinesis/dyskinesis
QVA	0009xx55	DS	1	Calibration Factor
REPORT_FROM_APP	0039xx95	LO	1	Unknown
RadWorksMarconi	0029xx24	US	1	<internal
RadWorksTBR	3111xx02	CS	1	AMI Compression Type (RET)
RadWorksTBR	3111xxFF	SQ	1	<internal
SCHICK TECHNOLOGIES - Change Item Creator ID	0021xx01	UI	1	Change List Item UID
SCHICK TECHNOLOGIES - Change Item Creator ID	0021xx02	US	1	Operation
SCHICK TECHNOLOGIES - Change Item Creator ID	0021xx03	DT	1	Date
SCHICK TECHNOLOGIES - Change Item Creator ID	0021xx04	PN	1	User Name
SCHICK TECHNOLOGIES - Change Item Creator ID	0021xx05	OB	1	Additional Change Data
SCHICK TECHNOLOGIES - Change List Creator ID	0021xx01	UI	1	Reference Image Instance UID
SCHICK TECHNOLOGIES - Change List Creator ID	0021xx02	SQ	1	Sequence
SCHICK TECHNOLOGIES - Image Security Creator ID	0029xx01	UL	1	Image Checksum
SCHICK TECHNOLOGIES - Note Item Creator ID	0021xx01	ST	1	Text
SCHICK TECHNOLOGIES - Note Item Creator ID	0021xx02	DT	1	Date
SCHICK TECHNOLOGIES - Note Item Creator ID	0021xx03	PN	1	User Name
SCHICK TECHNOLOGIES - Note Item Creator ID	0021xx04	US	2	Coordinates (X, Y)
SCHICK TECHNOLOGIES - Note List Creator ID	0021xx01	UI	1	Reference Image Instance UID
SCHICK TECHNOLOGIES - Note List Creator ID	0021xx02	SQ	1	Item
SCHICK TECHNOLOGIES - Viewset Creator ID	0009xx01	UI	1	Instance UID
SCHICK TECHNOLOGIES - Viewset Creator ID	0009xx02	LO	1	Name
SCHICK TECHNOLOGIES - Viewset Creator ID	0009xx03	SQ	1	Sequence
SCHICK TECHNOLOGIES - Viewset Creator ID	0009xx04	UL	1	Mode
SCHICK TECHNOLOGIES - Viewset Creator ID	0009xx05	UL	1	Type
SCHICK TECHNOLOGIES - Viewset Item Creator ID	0009xx01	UI	1	Image Instance UID
SCHICK TECHNOLOGIES - Viewset Item Creator ID	0009xx02	US	1	Number
SCHICK TECHNOLOGIES - Viewset Item Creator ID	0009xx03	US	1	Order
SCHICK TECHNOLOGIES - Viewset Item Creator ID	0009xx04	US	1	Type
SCHICK TECHNOLOGIES - Viewset Item Creator ID	0009xx05	US	1	Orientation
SCHICK TECHNOLOGIES - Viewset Item Creator ID	0009xx06	US	4	Rect (Left, Top, Width, Height)
SCHICK TECHNOLOGIES - Viewset Item Creator ID	0009xx07	US	1	Caption Height
SCHICK TECHNOLOGIES - Viewset Item Creator ID	0009xx08	US	1	Source
SCHICK TECHNOLOGIES - Viewset Item Creator ID	0009xx09	US	1	Default Width
SCHICK TECHNOLOGIES - Viewset Item Creator ID	0009xx0A	US	1	Default Height
SECTRA_Ident_01	0009xx01	LO	1	Request number
SECTRA_Ident_01	0009xx02	LO	1	Examination number
SECTRA_Ident_01	0009xx04	LO	1	Series ID
SECTRA_Ident_01	0009xx05	LO	1	Series Order
SECTRA_Ident_01	0009xx06	LO	1	File Name
SECTRA_Ident_01	0009xx07	LO	1	Image Data ID
SECTRA_ImageInfo_01	0029xx01	OB	1	Image info
SECTRA_ImageInfo_01	0029xx02	CS	1	Marking
SECTRA_ImageInfo_01	0029xx03	LO	1	No Decompression
SECTRA_ImageInfo_01	0029xx04	OB	1	Image Info new
SECTRA_OverlayInfo_01	6001xx01	LO	1	Sectra Overlay
SEGAMI MIML	0031xx98	OW	1	?Binary XML with PHI?
SEGAMI__MEMO	0035xx97	SH	1	Unknown
SEGAMI__MEMO	0035xx98	LT	1	Unknown
SET WINDOW	0019xx00	UN	1	Set Window Image Filter
SET WINDOW	0019xx01	UN	1	Set Window Magnification Power
SHS MagicView 300	0029xx01	FD	1-n	Zoom Factor
SHS MagicView 300	0029xx02	FD	1	Pan Factor X
SHS MagicView 300	0029xx03	FD	1	Pan Factor Y
SHS MagicView 300	0029xx04	LO	1	NmPalette
SIEMENS CM VA0  ACQU	0019xx10	LO	1	Parameter File Name
SIEMENS CM VA0  ACQU	0019xx11	LO	1	Sequence File Name
SIEMENS CM VA0  ACQU	0019xx12	LO	1	Sequence File Owner
SIEMENS CM VA0  ACQU	0019xx13	LO	1	Sequence Description
SIEMENS CM VA0  ACQU	0019xx14	LO	1	EPI File Name
SIEMENS CM VA0  ACQU	0019xx20	LO	1	Mode File Name
SIEMENS CM VA0  ACQU	0019xx30	LO	1	Convolution Kernel Comment 1
SIEMENS CM VA0  ACQU	0019xx31	LO	1	Convolution Kernel Comment 2
SIEMENS CM VA0  ACQU	0019xx32	LO	1	Convolution Kernel Comment 3
SIEMENS CM VA0  ACQU	0019xx33	LO	1	Convolution Kernel Comment 4
SIEMENS CM VA0  ACQU	0019xx34	LO	1	Convolution Kernel Comment 5
SIEMENS CM VA0  ACQU	0019xx35	LO	1	Convolution Kernel Comment 6
SIEMENS CM VA0  ACQU	0019xx36	LO	1	Convolution Kernel Comment 7
SIEMENS CM VA0  ACQU	0019xx37	LO	1	Convolution Kernel Comment 8
SIEMENS CM VA0  ACQU	0019xx38	LO	1	Convolution Kernel Comment 9
SIEMENS CM VA0  ACQU	0019xx39	LO	1	Convolution Kernel Comment 10
SIEMENS CM VA0  ACQU	0019xx3A	LO	1	Reading Code RZ1 Comment 1
SIEMENS CM VA0  ACQU	0019xx3B	LO	1	Reading Code RZ1 Comment 2
SIEMENS CM VA0  ACQU	0019xx3C	LO	1	Reading Code RZ2 Comment 1
SIEMENS CM VA0  CMS	0009xx00	IS	1	Number of Measurements
SIEMENS CM VA0  CMS	0009xx10	CS	1	Storage Mode
SIEMENS CM VA0  CMS	0009xx12	UL	1	Evaluation Mask Image
SIEMENS CM VA0  CMS	0009xx26	DA	1	Table Zero Date
SIEMENS CM VA0  CMS	0009xx27	TM	1	Table Zero Time
SIEMENS CM VA0  CMS	0011xx0A	LO	1	Unknown
SIEMENS CM VA0  CMS	0011xx10	DA	1	Registration Date
SIEMENS CM VA0  CMS	0011xx11	TM	1	Registration Time
SIEMENS CM VA0  CMS	0011xx22	LO	1	Unknown
SIEMENS CM VA0  CMS	0011xx23	DS	1	Used Patient Weight
SIEMENS CM VA0  CMS	0011xx40	IS	1	Organ Code
SIEMENS CM VA0  CMS	0013xx00	PN	1	Modifying Physician
SIEMENS CM VA0  CMS	0013xx10	DA	1	Modification Date
SIEMENS CM VA0  CMS	0013xx12	TM	1	Modification Time
SIEMENS CM VA0  CMS	0013xx20	PN	1	Patient Name
SIEMENS CM VA0  CMS	0013xx22	LO	1	Patient Id
SIEMENS CM VA0  CMS	0013xx30	DA	1	Patient Birthdate
SIEMENS CM VA0  CMS	0013xx31	DS	1	Patient Weight
SIEMENS CM VA0  CMS	0013xx32	PN	1	Patient Maiden Name
SIEMENS CM VA0  CMS	0013xx33	PN	1	Referring Physician
SIEMENS CM VA0  CMS	0013xx34	LO	1	Admitting Diagnosis
SIEMENS CM VA0  CMS	0013xx35	CS	1	Patient Sex
SIEMENS CM VA0  CMS	0013xx40	LO	1	Procedure Description
SIEMENS CM VA0  CMS	0013xx42	CS	1	Rest Direction
SIEMENS CM VA0  CMS	0013xx44	CS	1	Patient Position
SIEMENS CM VA0  CMS	0013xx46	SH	1	View Direction
SIEMENS CM VA0  CMS	0013xx50	LO	1	Unknown
SIEMENS CM VA0  CMS	0013xx51	LO	1	Unknown
SIEMENS CM VA0  CMS	0013xx52	LO	1	Unknown
SIEMENS CM VA0  CMS	0013xx53	LO	1	Unknown
SIEMENS CM VA0  CMS	0013xx54	LO	1	Unknown
SIEMENS CM VA0  CMS	0013xx55	LO	1	Unknown
SIEMENS CM VA0  CMS	0013xx56	LO	1	Unknown
SIEMENS CM VA0  CMS	0019xx10	IS	1	Net Frequency
SIEMENS CM VA0  CMS	0019xx20	CS	1	Measurement Mode
SIEMENS CM VA0  CMS	0019xx30	CS	1	Calculation Mode
SIEMENS CM VA0  CMS	0019xx50	IS	1	Noise Level
SIEMENS CM VA0  CMS	0019xx60	IS	1	Number of Data Bytes
SIEMENS CM VA0  CMS	0019xx70	DS	1-n	Unknown
SIEMENS CM VA0  CMS	0019xx80	LO	1	Unknown
SIEMENS CM VA0  CMS	0021xx20	DS	1-n	Field of View
SIEMENS CM VA0  CMS	0021xx22	DS	1	Image Magnification Factor
SIEMENS CM VA0  CMS	0021xx24	DS	1-n	Image Scroll Offset
SIEMENS CM VA0  CMS	0021xx26	IS	1	Image Pixel Offset
SIEMENS CM VA0  CMS	0021xx30	CS	1	View Direction
SIEMENS CM VA0  CMS	0021xx32	CS	1	Rest Direction
SIEMENS CM VA0  CMS	0021xx60	DS	1-n	Image Position
SIEMENS CM VA0  CMS	0021xx61	DS	1-n	Image Normal
SIEMENS CM VA0  CMS	0021xx63	DS	1	Image Distance
SIEMENS CM VA0  CMS	0021xx65	US	1	Image Positioning History Mask
SIEMENS CM VA0  CMS	0021xx6A	DS	1-n	Image Row
SIEMENS CM VA0  CMS	0021xx6B	DS	1-n	Image Column
SIEMENS CM VA0  CMS	0021xx70	CS	1-n	Patient Orientation Set 1
SIEMENS CM VA0  CMS	0021xx71	CS	1-n	Patient Orientation Set 2
SIEMENS CM VA0  CMS	0021xx80	LO	1	Study Name
SIEMENS CM VA0  CMS	0021xx82	SH	1	Study Type
SIEMENS CM VA0  CMS	0029xx10	CS	1	Window Style
SIEMENS CM VA0  CMS	0029xx11	CS	1	Window Look
SIEMENS CM VA0  CMS	0029xx12	UL	1	Window Table Index
SIEMENS CM VA0  CMS	0029xx13	CS	1	Window Scale
SIEMENS CM VA0  CMS	0029xx20	CS	1-n	Pixel Quality Code
SIEMENS CM VA0  CMS	0029xx22	IS	1-n	Pixel Quality Value
SIEMENS CM VA0  CMS	0029xx50	CS	1	Archive Code
SIEMENS CM VA0  CMS	0029xx51	CS	1	Exposure Code
SIEMENS CM VA0  CMS	0029xx52	IS	1	Sort Code
SIEMENS CM VA0  CMS	0029xx53	CS	1	Remote Copy Code
SIEMENS CM VA0  CMS	0029xx60	IS	1	Splash
SIEMENS CM VA0  CMS	0051xx10	LO	1-n	Image Text
SIEMENS CM VA0  CMS	6021xx00	CS	1	Image Graphics Format Code
SIEMENS CM VA0  CMS	6021xx10	OB	1	Image Graphics
SIEMENS CM VA0  CMS	7FE1xx00	OB	1-n	Binary Data
SIEMENS CM VA0  COAD	0019xx3D	LO	1	Reading Code RZ2 Comment 2
SIEMENS CM VA0  LAB	0009xx10	LO	1	Generator Identification Label
SIEMENS CM VA0  LAB	0009xx11	LO	1	Gantry Identification Label
SIEMENS CM VA0  LAB	0009xx12	LO	1	XRay Tube Identification Label
SIEMENS CM VA0  LAB	0009xx13	LO	1	Detector Identification Label
SIEMENS CM VA0  LAB	0009xx14	LO	1	DAS Identification Label
SIEMENS CM VA0  LAB	0009xx15	LO	1	SMI Identification Label
SIEMENS CM VA0  LAB	0009xx16	LO	1	CPU Identification Label
SIEMENS CM VA0  LAB	0009xx20	SH	1	Header Version
SIEMENS CM VA0  OST	6023xx00	LO	1	Osteo Contour Comment
SIEMENS CM VA0  OST	6023xx10	SS	1-n	Osteo Contour Buffer
SIEMENS CSA ENVELOPE	0029xx10	OB	1	syngo Report Data
SIEMENS CSA ENVELOPE	0029xx11	OB	1	syngo Report Presentation
SIEMENS CSA HEADER	0029xx08	CS	1	CSA Image Header Type
SIEMENS CSA HEADER	0029xx09	LO	1	CSA Image Header Version
SIEMENS CSA HEADER	0029xx10	OB	1	CSA Image Header Info
SIEMENS CSA HEADER	0029xx18	CS	1	CSA Series Header Type
SIEMENS CSA HEADER	0029xx19	LO	1	CSA Series Header Version
SIEMENS CSA HEADER	0029xx20	OB	1	CSA Series Header Info
SIEMENS CSA NON-IMAGE	0029xx08	CS	1	CSA Data Type
SIEMENS CSA NON-IMAGE	0029xx09	LO	1	CSA Data Version
SIEMENS CSA NON-IMAGE	0029xx10	OB	1	CSA Data Info
SIEMENS CSA NON-IMAGE	7FE1xx10	OB	1	CSA Data
SIEMENS CSA REPORT	0029xx08	CS	1	syngo Report Type
SIEMENS CSA REPORT	0029xx09	LO	1	syngo Report
SIEMENS CSA REPORT	0029xx15	US	1	SR Variant
SIEMENS CSA REPORT	0029xx17	UI	1	SC SOP Instance UID
SIEMENS CT VA0  COAD	0019xx10	IS	1	Distance Source to SourceSide Collimator
SIEMENS CT VA0  COAD	0019xx11	IS	1	Distance Source to DetectorSide Collimator
SIEMENS CT VA0  COAD	0019xx20	IS	1	Number of Possible Channels
SIEMENS CT VA0  COAD	0019xx21	IS	1	Mean Channel Number
SIEMENS CT VA0  COAD	0019xx22	DS	1	Detector Spacing
SIEMENS CT VA0  COAD	0019xx23	DS	1	Detector Center
SIEMENS CT VA0  COAD	0019xx24	DS	1	Reading Integration Time
SIEMENS CT VA0  COAD	0019xx50	DS	1	Detector Alignment
SIEMENS CT VA0  COAD	0019xx52	DS	1	Table Feed
SIEMENS CT VA0  COAD	0019xx54	DS	1	Rotation Time
SIEMENS CT VA0  COAD	0019xx60	DS	1	Focus Alignment
SIEMENS CT VA0  COAD	0019xx65	UL	1	Focal Spot Deflection Amplitude
SIEMENS CT VA0  COAD	0019xx66	UL	1	Focal Spot Deflection Phase
SIEMENS CT VA0  COAD	0019xx67	UL	1	Focal Spot Deflection Offset
SIEMENS CT VA0  COAD	0019xx70	DS	1	Water Scaling Factor
SIEMENS CT VA0  COAD	0019xx71	DS	1	Interpolation Factor
SIEMENS CT VA0  COAD	0019xx80	CS	1	Patient Region
SIEMENS CT VA0  COAD	0019xx82	CS	1	Patient Phase of Life
SIEMENS CT VA0  COAD	0019xx90	DS	1	Osteo Offset
SIEMENS CT VA0  COAD	0019xx92	DS	1	Osteo Regression Line Slope
SIEMENS CT VA0  COAD	0019xx93	DS	1	Osteo Regression Line Intercept
SIEMENS CT VA0  COAD	0019xx94	IS	1	Osteo Standardization Code
SIEMENS CT VA0  COAD	0019xx96	IS	1	Osteo Phantom Number
SIEMENS CT VA0  COAD	0019xxA0	DS	1	Spiral Location Begin
SIEMENS CT VA0  COAD	0019xxA1	DS	1	Spiral Location End
SIEMENS CT VA0  COAD	0019xxA2	CS	1	Spiral z Profile
SIEMENS CT VA0  COAD	0019xxA3	CS	1	Spiral Reconstruction Direction
SIEMENS CT VA0  COAD	0019xxA4	DS	1	Spiral Reconstruction Increment
SIEMENS CT VA0  COAD	0019xxA5	DS	1	Scan Tilt Plane Distance
SIEMENS CT VA0  COAD	0019xxA6	UL	1-n	Mode Processing Step Mask
SIEMENS CT VA0  COAD	0019xxA7	UL	1	Mode Processing Control Mask
SIEMENS CT VA0  COAD	0019xxA8	UL	1-n	Mode Master Mask
SIEMENS CT VA0  COAD	0019xxA9	IS	1	Mode Store Step
SIEMENS CT VA0  COAD	0019xxAA	CS	1	Focus Size Type
SIEMENS CT VA0  COAD	0019xxAB	IS	1	Mode Adaptive Filter Kind
SIEMENS CT VA0  COAD	0019xxAC	IS	1	Mode MBH Kind
SIEMENS CT VA0  COAD	0019xxAD	IS	1	Mode Balancing Kind
SIEMENS CT VA0  COAD	0019xxAE	IS	1	Number of Readings per Rotation
SIEMENS CT VA0  COAD	0019xxAF	DS	1	Correction Table Reference Time
SIEMENS CT VA0  COAD	0019xxB0	DS	1	Feed per Rotation
SIEMENS CT VA0  COAD	0019xxB1	UN	1	Unknown
SIEMENS CT VA0  COAD	0019xxBD	IS	1	Pulmo Trigger Level
SIEMENS CT VA0  COAD	0019xxBE	DS	1	Expiratoric Reserve
SIEMENS CT VA0  COAD	0019xxBF	DS	1	Vital Capacity
SIEMENS CT VA0  COAD	0019xxC0	DS	1	Pulmo Water
SIEMENS CT VA0  COAD	0019xxC1	DS	1	Pulmo Air
SIEMENS CT VA0  COAD	0019xxC2	DA	1	Pulmo Date
SIEMENS CT VA0  COAD	0019xxC3	TM	1	Pulmo Time
SIEMENS CT VA0  COAD	0019xxC4	UL	1	Unknown
SIEMENS CT VA0  COAD	0019xxC5	IS	1	Unknown
SIEMENS CT VA0  GEN	0019xx10	DS	1	Source Side Collimator Aperture
SIEMENS CT VA0  GEN	0019xx11	DS	1	Detector Side Collimator Aperture
SIEMENS CT VA0  GEN	0019xx20	IS	1	Exposure Time current
SIEMENS CT VA0  GEN	0019xx21	IS	1	Exposure current
SIEMENS CT VA0  GEN	0019xx25	DS	1	Generator Power current
SIEMENS CT VA0  GEN	0019xx26	DS	1	Generator Voltage current
SIEMENS CT VA0  GEN	0019xx40	UL	1	Master Control Mask
SIEMENS CT VA0  GEN	0019xx42	US	1-n	Processing Mask
SIEMENS CT VA0  GEN	0019xx44	UL	1-n	IRS Data Number
SIEMENS CT VA0  GEN	0019xx45	UL	1-n	IRS Data Length
SIEMENS CT VA0  GEN	0019xx62	IS	1	Number of Virtual Channels
SIEMENS CT VA0  GEN	0019xx70	IS	1	Number of Reading
SIEMENS CT VA0  GEN	0019xx71	CS	1	Reading Code
SIEMENS CT VA0  GEN	0019xx74	IS	1	Number of Projections
SIEMENS CT VA0  GEN	0019xx75	IS	1	Number of Bytes
SIEMENS CT VA0  GEN	0019xx80	IS	1-n	Reconstruction Algorithm Set
SIEMENS CT VA0  GEN	0019xx81	IS	1	Reconstruction Algorithm Index
SIEMENS CT VA0  GEN	0019xx82	LO	1	Regeneration Software Version
SIEMENS CT VA0  GEN	0019xx84	IS	1	Multiscan Reconstruction Increment
SIEMENS CT VA0  GEN	0019xx85	IS	1	Multiscan Reconstruction Width
SIEMENS CT VA0  GEN	0019xx88	IS	1	Range Number
SIEMENS CT VA0  GEN	0021xx10	IS	1	Rotation Angle
SIEMENS CT VA0  GEN	0021xx11	IS	1	Start Angle
SIEMENS CT VA0  GEN	0021xx20	IS	1	Scan
SIEMENS CT VA0  GEN	0021xx30	IS	1	Tube Position
SIEMENS CT VA0  GEN	0021xx32	DS	1	Length of Topogram
SIEMENS CT VA0  GEN	0021xx34	DS	1	Correction Factor
SIEMENS CT VA0  GEN	0021xx36	DS	1	Maximum Table Position
SIEMENS CT VA0  GEN	0021xx40	IS	1	Table Move Direction Code
SIEMENS CT VA0  GEN	0021xx45	IS	1	VOI Start Row
SIEMENS CT VA0  GEN	0021xx46	IS	1	VOI Stop Row
SIEMENS CT VA0  GEN	0021xx47	IS	1	VOI Start Column
SIEMENS CT VA0  GEN	0021xx48	IS	1	VOI Stop Column
SIEMENS CT VA0  GEN	0021xx49	IS	1	VOI Start Slice
SIEMENS CT VA0  GEN	0021xx4A	IS	1	VOI Stop Slice
SIEMENS CT VA0  GEN	0021xx50	IS	1	Vector Start Row
SIEMENS CT VA0  GEN	0021xx51	IS	1	Vector Row Step
SIEMENS CT VA0  GEN	0021xx52	IS	1	Vector Start Column
SIEMENS CT VA0  GEN	0021xx53	IS	1	Vector Column Step
SIEMENS CT VA0  GEN	0021xx60	IS	1	Range Type Code
SIEMENS CT VA0  GEN	0021xx62	IS	1	Reference Type Code
SIEMENS CT VA0  GEN	0021xx70	DS	1-n	Object Orientation
SIEMENS CT VA0  GEN	0021xx72	DS	1-n	Light Orientation
SIEMENS CT VA0  GEN	0021xx75	DS	1	Light Brightness
SIEMENS CT VA0  GEN	0021xx76	DS	1	Light Contrast
SIEMENS CT VA0  GEN	0021xx7A	IS	1-n	Overlay Threshold
SIEMENS CT VA0  GEN	0021xx7B	IS	1-n	Surface Threshold
SIEMENS CT VA0  GEN	0021xx7C	IS	1-n	Grey Scale Threshold
SIEMENS CT VA0  GEN	0021xxA0	IS	1-n	Field of Interest
SIEMENS CT VA0  GEN	0021xxA1	CS	1	Image Filter Label
SIEMENS CT VA0  GEN	0021xxA2	CS	1	Exemplary Element 1
SIEMENS CT VA0  GEN	0021xxA3	IS	1-n	Exemplary Element 2
SIEMENS CT VA0  GEN	0021xxA4	LO	1	Exemplary Element 3
SIEMENS CT VA0  GEN	0021xxA5	IS	1	Reference Data Set 1
SIEMENS CT VA0  GEN	0021xxA6	IS	1	Reference Data Set 2
SIEMENS CT VA0  GEN	0021xxA7	LO	1	Window Program Name
SIEMENS CT VA0  IDE	0009xx10	LO	1	SOMATOM Software Name
SIEMENS CT VA0  IDE	0009xx30	CS	1	Data Set Subtype 1
SIEMENS CT VA0  IDE	0009xx31	SH	1	Data Set Subtype 2
SIEMENS CT VA0  IDE	0009xx32	SH	1	Data Set Subtype 3
SIEMENS CT VA0  IDE	0009xx33	SH	1	Data Set Subtype 4
SIEMENS CT VA0  IDE	0009xx34	SH	1	Data Set Subtype 5
SIEMENS CT VA0  IDE	0009xx40	LO	1	Directory Text
SIEMENS CT VA0  IDE	0009xx42	LO	1	Exposure Time Text
SIEMENS CT VA0  IDE	0009xx50	DA	1	Scan Date
SIEMENS CT VA0  IDE	0009xx51	TM	1	Scan Time
SIEMENS CT VA0  ORI	0009xx20	LO	1	Original Data Set Owner
SIEMENS CT VA0  ORI	0009xx30	SH	1	Original Modality
SIEMENS CT VA0  ORMR	0021xx80	DS	1	Repetition Time
SIEMENS CT VA0  ORMR	0021xx81	DS	1	Echo Time
SIEMENS CT VA0  ORMR	0021xx82	DS	1	Inversion Time
SIEMENS CT VA0  ORMR	0021xx83	IS	1	Number of Averages
SIEMENS CT VA0  ORMR	0021xx84	DS	1	Imaging Frequency
SIEMENS CT VA0  ORMR	0021xx85	LO	1	Imaged Nucleus
SIEMENS CT VA0  ORMR	0021xx86	IS	1	Echo Number
SIEMENS CT VA0  ORMR	0021xx90	DS	1	Flip Angle
SIEMENS CT VA0  OST	6021xx00	LO	1	Osteo Contour Comment
SIEMENS CT VA0  OST	6021xx10	US	256	Osteo Contour Buffer
SIEMENS CT VA0  RAW	0021xx10	UL	1-n	Creation Mask service
SIEMENS CT VA0  RAW	0021xx20	UL	1-n	Evaluation Mask service
SIEMENS CT VA0  RAW	0021xx30	US	1-n	Extended Processing Mask
SIEMENS CT VA0  RAW	0021xx40	UL	1-n	Manipulation Mask
SIEMENS CT VA0  RAW	0021xx41	UL	1-n	Composition Mask
SIEMENS CT VA0  RAW	0021xx42	UL	1-n	Alteration Mask
SIEMENS CT VA0  RAW	0021xx43	UL	1-n	Generation Mask
SIEMENS CT VA0  RAW	0021xx44	UL	1-n	Function Mask
SIEMENS CT VA0  RAW	0021xx50	CS	1	Mode Mirroring Code
SIEMENS DFR.01	0021xx10	US	1	Graphic Evaluation Mask
SIEMENS DFR.01	0021xx11	US	1	Type 1st Graphic Element
SIEMENS DFR.01	0021xx12	LO	1	Description 1st Graphic Element
SIEMENS DFR.01	0021xx13	US	1	Type 2nd Graphic Element
SIEMENS DFR.01	0021xx14	LO	1	Description 2nd Graphic Element
SIEMENS DFR.01	0021xx15	US	1	Type 3rd Graphic Element
SIEMENS DFR.01	0021xx16	LO	1	Description 3rd Graphic Element
SIEMENS DFR.01	0021xx17	US	1	Type 4th Graphic Element
SIEMENS DFR.01	0021xx18	LO	1	Description 4th Graphic Element
SIEMENS DFR.01	0021xx19	US	1	Type 5th Graphic Element
SIEMENS DFR.01	0021xx20	LO	1	Description 5th Graphic Element
SIEMENS DFR.01	0021xx21	US	1	Type 6th Graphic Element
SIEMENS DFR.01	0021xx22	LO	1	Description 6th Graphic Element
SIEMENS DFR.01	0021xx23	US	1	Type 7th Graphic Element
SIEMENS DFR.01	0021xx24	LO	1	Description 7th Graphic Element
SIEMENS DFR.01	0021xx25	US	1	Type 8th Graphic Element
SIEMENS DFR.01	0021xx26	LO	1	Description 8th Graphic Element
SIEMENS DFR.01	0021xx27	US	1	Type 9th Graphic Element
SIEMENS DFR.01	0021xx28	LO	1	Description 9th Graphic Element
SIEMENS DFR.01	0021xx29	US	1	Type 10th Graphic Element
SIEMENS DFR.01	0021xx30	LO	1	Description 10th Graphic Element
SIEMENS DFR.01 MANIPULATED	0017xx11	US	1	Window Width Native Current
SIEMENS DFR.01 MANIPULATED	0017xx12	US	1	Window Center Native
SIEMENS DFR.01 MANIPULATED	0017xx14	US	1	Window Width Subtraction Current
SIEMENS DFR.01 MANIPULATED	0017xx15	US	1	Window Center Subtraction Current
SIEMENS DFR.01 MANIPULATED	0017xx25	DS	1	Edge Enhancement Native Current
SIEMENS DFR.01 MANIPULATED	0017xx27	DS	1	Edge Enhancement Subtraction Current
SIEMENS DFR.01 MANIPULATED	0017xx29	IS	1	Edge Enhancement %
SIEMENS DFR.01 MANIPULATED	0017xx30	IS	1	Harmonization %
SIEMENS DFR.01 MANIPULATED	0017xx31	US	1	DSA Representation Current
SIEMENS DFR.01 MANIPULATED	0017xx32	US	1	Number of Mask Current
SIEMENS DFR.01 MANIPULATED	0017xx33	US	1	RightLeft Mark Current
SIEMENS DFR.01 MANIPULATED	0017xx35	US	1	Number of Series Representative
SIEMENS DFR.01 MANIPULATED	0017xx37	US	1	Rectangle Shutter Horizontal Current
SIEMENS DFR.01 MANIPULATED	0017xx38	US	1	Rectangle Shutter Vertical Aktuell
SIEMENS DFR.01 MANIPULATED	0017xx71	LO	1	Landmark Current
SIEMENS DFR.01 MANIPULATED	0017xx72	US	1	Zoom Factor
SIEMENS DFR.01 MANIPULATED	0017xx73	US	1	Roam Horizontal
SIEMENS DFR.01 MANIPULATED	0017xx74	US	1	Roam Vertical
SIEMENS DFR.01 MANIPULATED	0017xx77	IS	1	Pixel Shift Horizontal
SIEMENS DFR.01 MANIPULATED	0017xx78	IS	1	Pixel Shift Vertical
SIEMENS DFR.01 MANIPULATED	0017xx79	US	1	Image Flip
SIEMENS DFR.01 MANIPULATED	0017xx7A	US	1	Invers Current
SIEMENS DFR.01 MANIPULATED	0017xx80	US	1	Unknown
SIEMENS DFR.01 MANIPULATED	0017xx83	SH	1	Documentation Flag
SIEMENS DFR.01 MANIPULATED	0017xx84	LO	1	Right Marker
SIEMENS DFR.01 MANIPULATED	0017xx91	US	1	Summation Count Filling
SIEMENS DFR.01 MANIPULATED	0017xx92	US	1	Summation Count Mask
SIEMENS DFR.01 MANIPULATED	0017xx93	US	1	PeakOp Start
SIEMENS DFR.01 MANIPULATED	0017xx94	US	1	PeakOp End
SIEMENS DFR.01 MANIPULATED	0017xxA0	IS	1	Cine Rate
SIEMENS DFR.01 MANIPULATED	0017xxA1	LO	1	Image Name
SIEMENS DFR.01 MANIPULATED	0017xxA2	LO	1	Image Name Extension 1
SIEMENS DFR.01 MANIPULATED	0017xxA3	LO	1	Image Name Extension 2
SIEMENS DFR.01 ORIGINAL	0017xx10	CS	1	Image Type
SIEMENS DFR.01 ORIGINAL	0017xx11	US	1	Window Width Native Original
SIEMENS DFR.01 ORIGINAL	0017xx12	US	1	Window Center Native
SIEMENS DFR.01 ORIGINAL	0017xx14	US	1	Window Width Subtraction Original
SIEMENS DFR.01 ORIGINAL	0017xx15	US	1	Window Center Subtraction Original
SIEMENS DFR.01 ORIGINAL	0017xx16	US	1	LUT Number for Autowindow
SIEMENS DFR.01 ORIGINAL	0017xx18	US	1	Unknown
SIEMENS DFR.01 ORIGINAL	0017xx21	US	1	Edge Enhancement Kernelsize Original
SIEMENS DFR.01 ORIGINAL	0017xx22	US	1	Edge Enhancement Mode Original
SIEMENS DFR.01 ORIGINAL	0017xx23	US	1-n	Edge Enhancement LUTs Original
SIEMENS DFR.01 ORIGINAL	0017xx24	US	1	Filter Type Native Original
SIEMENS DFR.01 ORIGINAL	0017xx25	DS	1	Edge Enhancement Native Original
SIEMENS DFR.01 ORIGINAL	0017xx26	US	1	Filter Type Subtraction Original
SIEMENS DFR.01 ORIGINAL	0017xx27	DS	1	Edge Enhancement Subtraction Original
SIEMENS DFR.01 ORIGINAL	0017xx2A	US	1	Unknown
SIEMENS DFR.01 ORIGINAL	0017xx30	IS	1	Unknown
SIEMENS DFR.01 ORIGINAL	0017xx31	US	1	DSA Representation Original
SIEMENS DFR.01 ORIGINAL	0017xx32	US	1	Number of Maske Original
SIEMENS DFR.01 ORIGINAL	0017xx33	US	1	RightLeft Mark Original
SIEMENS DFR.01 ORIGINAL	0017xx34	DS	1	Slice Position
SIEMENS DFR.01 ORIGINAL	0017xx37	US	1	Rectangle Shutter Horizontal Original
SIEMENS DFR.01 ORIGINAL	0017xx38	US	1	Rectangle Vertical Original
SIEMENS DFR.01 ORIGINAL	0017xx41	DS	1	Dose
SIEMENS DFR.01 ORIGINAL	0017xx42	DS	1	Dose Area Product
SIEMENS DFR.01 ORIGINAL	0017xx43	US	1	Focus
SIEMENS DFR.01 ORIGINAL	0017xx44	US	1	SDM
SIEMENS DFR.01 ORIGINAL	0017xx45	DS	1	Image Intensifer Format
SIEMENS DFR.01 ORIGINAL	0017xx46	DS	1	Density Correction
SIEMENS DFR.01 ORIGINAL	0017xx47	LO	1	Exposure Curves
SIEMENS DFR.01 ORIGINAL	0017xx48	IS	1	Unknown
SIEMENS DFR.01 ORIGINAL	0017xx49	LO	1	Organ Program Name
SIEMENS DFR.01 ORIGINAL	0017xx4A	IS	1	Count of Images in Series
SIEMENS DFR.01 ORIGINAL	0017xx51	US	1	Image Intensifier Zoom
SIEMENS DFR.01 ORIGINAL	0017xx52	UL	1	ROSA Receiver ErrCount
SIEMENS DFR.01 ORIGINAL	0017xx61	US	1	Table Position Peri
SIEMENS DFR.01 ORIGINAL	0017xx62	US	1-n	Series Numbers of Petri
SIEMENS DFR.01 ORIGINAL	0017xx71	LO	1	Landmark Original
SIEMENS DFR.01 ORIGINAL	0017xx72	US	1	Unknown
SIEMENS DFR.01 ORIGINAL	0017xx73	US	1	Unknown
SIEMENS DFR.01 ORIGINAL	0017xx74	US	1	Unknown
SIEMENS DFR.01 ORIGINAL	0017xx79	US	1	Unknown
SIEMENS DFR.01 ORIGINAL	0017xx7A	US	1	Invers Original
SIEMENS DFR.01 ORIGINAL	0017xx7B	IS	1	Unknown
SIEMENS DFR.01 ORIGINAL	0017xxA0	IS	1	Unknown
SIEMENS DFR.01 ORIGINAL	0017xxB1	CS	1	L2 Image
SIEMENS DFR.01 ORIGINAL	0017xxB2	IS	1	L2 Acquisition Monitor
SIEMENS DFR.01 ORIGINAL	0017xxC1	LO	1	Folder UID
SIEMENS DFR.01 ORIGINAL	0017xxC2	LO	1	Series UID
SIEMENS DFR.01 ORIGINAL	0017xxC3	LO	1	Subseries UID
SIEMENS DFR.01 SERVICE	0021xx10	US	1	1 Plot
SIEMENS DFR.01 SERVICE	0021xx11	US	1	Width 1 Plot
SIEMENS DFR.01 SERVICE	0021xx12	US	1	2 Plot
SIEMENS DFR.01 SERVICE	0021xx13	US	1	Width 2 Plot
SIEMENS DFR.01 SERVICE	0021xx20	US	1-5	xCoordinate Region of Interest
SIEMENS DFR.01 SERVICE	0021xx21	US	1-5	yCoordinate Region of Interest
SIEMENS DFR.01 SERVICE	0021xx22	US	1-5	Width Region of Interest
SIEMENS DFR.01 SERVICE	0021xx23	US	1-5	Height Region of Interest
SIEMENS DICOM	0009xx10	UN	1	Unknown
SIEMENS DICOM	0009xx12	LO	1	Unknown
SIEMENS DLR.01	0019xx10	LO	1	Measurement Mode
SIEMENS DLR.01	0019xx11	LO	1	Image Type
SIEMENS DLR.01	0019xx15	LO	1	Software Version
SIEMENS DLR.01	0019xx20	LO	1	MPM Code
SIEMENS DLR.01	0019xx21	LO	1	Latitude
SIEMENS DLR.01	0019xx22	LO	1	Sensitivity
SIEMENS DLR.01	0019xx23	LO	1	EDR
SIEMENS DLR.01	0019xx24	LO	1	l fix
SIEMENS DLR.01	0019xx25	LO	1	s fix
SIEMENS DLR.01	0019xx26	LO	1	Preset Mode
SIEMENS DLR.01	0019xx27	LO	1	Region
SIEMENS DLR.01	0019xx28	LO	1	Subregion
SIEMENS DLR.01	0019xx30	LO	1	Orientation
SIEMENS DLR.01	0019xx31	LO	1	Mark on Film
SIEMENS DLR.01	0019xx32	LO	1	Rotation on DRC
SIEMENS DLR.01	0019xx40	LO	1	Reader Type
SIEMENS DLR.01	0019xx41	LO	1	Sub Modality
SIEMENS DLR.01	0019xx42	LO	1	Reader Serial Number
SIEMENS DLR.01	0019xx50	LO	1	Cassette Scale
SIEMENS DLR.01	0019xx51	LO	1	Cassette Matrix
SIEMENS DLR.01	0019xx52	LO	1	Cassette Submatrix
SIEMENS DLR.01	0019xx53	LO	1	Barcode
SIEMENS DLR.01	0019xx60	LO	1	GT Contrast Type
SIEMENS DLR.01	0019xx61	LO	1	GA Rotation Amount
SIEMENS DLR.01	0019xx62	LO	1	GC Rotation Center
SIEMENS DLR.01	0019xx63	LO	1	GS Density Shift
SIEMENS DLR.01	0019xx64	US	1	RN Frequency Rank
SIEMENS DLR.01	0019xx65	LO	1	RE Frequency Enhancement
SIEMENS DLR.01	0019xx66	LO	1	RT Frequency Type
SIEMENS DLR.01	0019xx67	LO	1	Kernel Length
SIEMENS DLR.01	0019xx68	UL	1	Kernel Mode
SIEMENS DLR.01	0019xx69	UL	1	Convulsion Mode
SIEMENS DLR.01	0019xx70	LO	1	PLA Source
SIEMENS DLR.01	0019xx71	LO	1	PLA Destination
SIEMENS DLR.01	0019xx75	LO	1	UID Original Image
SIEMENS DLR.01	0019xx76	LO	1	Filterset
SIEMENS DLR.01	0019xx80	LO	1	Reader Header
SIEMENS DLR.01	0019xx90	LO	1	PLA of Secondary Destination
SIEMENS DLR.01	0019xxA0	DS	1	Unknown
SIEMENS DLR.01	0019xxA1	DS	1	Unknown
SIEMENS DLR.01	0041xx10	US	1	Number of Hardcopies
SIEMENS DLR.01	0041xx20	CS	1	Film Format
SIEMENS DLR.01	0041xx30	LO	1	Film Size
SIEMENS DLR.01	0041xx31	LO	1	Full Film Format
SIEMENS ISI	0003xx08	US	1	ISI Command Field
SIEMENS ISI	0003xx11	US	1	Attach ID Application Code
SIEMENS ISI	0003xx12	UL	1	Attach ID Message Count
SIEMENS ISI	0003xx13	DA	1	Attach ID Date
SIEMENS ISI	0003xx14	TM	1	Attach ID Time
SIEMENS ISI	0003xx20	US	1	Message Type
SIEMENS ISI	0003xx30	DA	1	Max Waiting Date
SIEMENS ISI	0003xx31	TM	1	Max Waiting Time
SIEMENS ISI	0009xx01	UN	1	RIS Patient Info IMGEF
SIEMENS ISI	0009xx14	SQ	1	RIS Patient Info IMGEF
SIEMENS ISI	0011xx03	LO	1	Patient UID
SIEMENS ISI	0011xx04	LO	1	Patient ID
SIEMENS ISI	0011xx0A	LO	1	Case ID
SIEMENS ISI	0011xx22	LO	1	Request ID
SIEMENS ISI	0011xx23	LO	1	Examination UID
SIEMENS ISI	0011xx41	LO	1	Medical Alerts
SIEMENS ISI	0011xx42	LO	1	Contrast Allergy
SIEMENS ISI	0011xxA1	DA	1	Patient Registration Date
SIEMENS ISI	0011xxA2	TM	1	Patient Registration Time
SIEMENS ISI	0011xxB0	LO	1	Patient Last Name
SIEMENS ISI	0011xxB2	LO	1	Patient First Name
SIEMENS ISI	0011xxB4	CS	1	Patient Hospital Status
SIEMENS ISI	0011xxBC	LO	1	Current Location Time
SIEMENS ISI	0011xxC0	CS	1	Patient Insurance Status
SIEMENS ISI	0011xxD0	LO	1	Patient Billing Type
SIEMENS ISI	0011xxD2	LO	1	Patient Billing Address
SIEMENS ISI	0031xx12	LO	1	Examination Reason
SIEMENS ISI	0031xx30	DA	1	Requested Date
SIEMENS ISI	0031xx32	TM	1	Worklist Request Start Time
SIEMENS ISI	0031xx33	TM	1	Worklist Request End Time
SIEMENS ISI	0031xx4A	TM	1	Requested Time
SIEMENS ISI	0031xx80	LO	1	Requested Location
SIEMENS ISI	0055xx46	PN	1	Current Ward
SIEMENS ISI	0193xx02	LO	1	RIS Key
SIEMENS ISI	0307xx01	SQ	1	RIS Worklist IMGEF
SIEMENS ISI	0309xx01	SQ	1	RIS Report IMGEF
SIEMENS ISI	4009xx01	LO	1	Report ID
SIEMENS ISI	4009xx20	CS	1	Report Status
SIEMENS ISI	4009xx30	DA	1	Report Creation Date
SIEMENS ISI	4009xx70	PN	1	Report Approving Physician
SIEMENS ISI	4009xxE0	LO	1	Report Text
SIEMENS ISI	4009xxE1	LO	1	Report Author
SIEMENS ISI	4009xxE2	PN	1	Report Transcriber
SIEMENS ISI	4009xxE3	PN	1	Reporting Radiologist
SIEMENS MED	0009xx10	LO	1	Recognition Code
SIEMENS MED	0009xx30	US	1	Byte Offset of Original Header
SIEMENS MED	0009xx31	US	1	Length of Original Header
SIEMENS MED	0009xx40	US	1	Byte Offset of Pixel Matrix
SIEMENS MED	0009xx41	UL	1	Length of Pixel Matrix
SIEMENS MED	0009xx50	LO	1	Unknown
SIEMENS MED	0009xx51	LO	1	Unknown
SIEMENS MED	0009xx80	ST	1	
SIEMENS MED	0009xxF5	LO	1	PDM EFID Placeholder
SIEMENS MED	0009xxF6	LO	1	PDM Data Object Type Extension
SIEMENS MED	0011xx10	ST	1	
SIEMENS MED	0017xx00	ST	1	
SIEMENS MED	0017xx20	ST	1	
SIEMENS MED	0017xx60	LO	1	
SIEMENS MED	0017xx80	ST	1	
SIEMENS MED	0019xx01	SS	1	
SIEMENS MED	0019xx02	SS	1	
SIEMENS MED	0019xx03	SS	1	
SIEMENS MED	0019xx04	ST	1	
SIEMENS MED	0019xx05	ST	1	
SIEMENS MED	0019xx06	SL	1	
SIEMENS MED	0019xx07	SL	1	
SIEMENS MED	0019xx08	SS	1	
SIEMENS MED	0019xx09	SS	1	
SIEMENS MED	0019xx0A	ST	1	
SIEMENS MED	0019xx0B	ST	1	
SIEMENS MED	0019xx0C	SS	1	
SIEMENS MED	0019xx0D	ST	1	
SIEMENS MED	0019xx0E	ST	1	
SIEMENS MED	0019xx0F	SL	1	
SIEMENS MED	0019xx11	ST	1	
SIEMENS MED	0019xx12	ST	1	
SIEMENS MED	0019xx13	SS	1	
SIEMENS MED	0019xx14	SS	1	
SIEMENS MED	0019xx15	SS	1	
SIEMENS MED	0019xx16	SS	1	
SIEMENS MED	0019xx17	SS	1	
SIEMENS MED	0019xx18	SS	1	
SIEMENS MED	0019xx19	SS	1	
SIEMENS MED	0019xx1A	SS	1	
SIEMENS MED	0019xx1B	SS	1	
SIEMENS MED	0019xx1C	SS	1	
SIEMENS MED	0019xx1D	SS	1	
SIEMENS MED	0019xx20	SL	1	
SIEMENS MED	0019xx21	SL	1	
SIEMENS MED	0019xx22	SL	1	
SIEMENS MED	0019xx23	SS	1	
SIEMENS MED	0019xx24	SL	1	
SIEMENS MED	0019xx25	SL	1	
SIEMENS MED	0019xx26	SL	1	
SIEMENS MED	0019xx27	SL	1	
SIEMENS MED	0019xx30	SL	1	
SIEMENS MED	0019xx31	SL	1	
SIEMENS MED	0019xx32	SL	1	
SIEMENS MED	0019xx41	SS	1	
SIEMENS MED	0019xx42	SS	1	
SIEMENS MED	0019xx43	SS	1	
SIEMENS MED	0019xx44	SS	1	
SIEMENS MED	0019xx45	SL	1	
SIEMENS MED	0019xx47	SL	1	
SIEMENS MED	0019xx48	ST	1	
SIEMENS MED	0019xx49	SL	1	
SIEMENS MED	0019xx4A	SS	1	
SIEMENS MED	0019xx4B	SS	1	
SIEMENS MED	0019xx4C	SL	1	
SIEMENS MED	0019xx4E	SS	1	
SIEMENS MED	0019xx4F	SS	1	
SIEMENS MED	0019xx50	SS	1	
SIEMENS MED	0019xx51	SS	1	
SIEMENS MED	0019xx52	SS	1	
SIEMENS MED	0019xx53	SS	1	
SIEMENS MED	0019xx54	ST	1	
SIEMENS MED	0019xx55	SS	1	
SIEMENS MED	0019xx56	SS	1	
SIEMENS MED	0019xx57	SS	1	
SIEMENS MED	0019xx58	SS	1	
SIEMENS MED	0019xx59	SS	1	
SIEMENS MED	0019xx5A	ST	1	
SIEMENS MED	0019xx5B	SS	1	
SIEMENS MED	0019xx5C	SS	1	
SIEMENS MED	0019xx5D	SS	1	
SIEMENS MED	0019xx5E	SS	1	
SIEMENS MED	0019xx5F	SS	1	
SIEMENS MED	0019xx60	SS	1	
SIEMENS MED	0019xx61	SS	1	
SIEMENS MED	0019xx62	SS	1	
SIEMENS MED	0019xx63	SS	1	
SIEMENS MED	0019xx64	SS	1	
SIEMENS MED	0019xx65	SS	1	
SIEMENS MED	0019xx66	SS	1	
SIEMENS MED	0019xx67	SS	1	
SIEMENS MED	0019xx68	SL	1	
SIEMENS MED	0019xx69	SS	1	
SIEMENS MED	0019xx6A	SS	1	
SIEMENS MED	0019xx6B	SL	1	
SIEMENS MED	0019xx6C	SL	1	
SIEMENS MED	0019xx6D	SS	1	
SIEMENS MED	0019xx6E	SS	1	
SIEMENS MED	0019xx6F	SS	1	
SIEMENS MED	0019xx70	ST	1	
SIEMENS MED	0019xx71	ST	1	
SIEMENS MED	0019xx72	SL	1	
SIEMENS MED	0019xx73	SL	1	
SIEMENS MED	0019xx74	SS	1	
SIEMENS MED	0019xx75	SS	1	
SIEMENS MED	0019xx76	SS	1	
SIEMENS MED	0019xx77	SS	1	
SIEMENS MED	0019xx78	SS	1	
SIEMENS MED	0019xx7F	SS	1	
SIEMENS MED	0019xx80	SS	1	
SIEMENS MED	0019xx81	SS	1	
SIEMENS MED	0019xx82	SL	1	
SIEMENS MED	0019xx83	SS	1	
SIEMENS MED	0019xx84	SS	1	
SIEMENS MED	0019xx85	SS	1	
SIEMENS MED	0019xx86	SS	1	
SIEMENS MED	0019xx87	SS	1	
SIEMENS MED	0019xx88	SL	1	
SIEMENS MED	0019xx89	SS	1	
SIEMENS MED	0019xx8A	SL	1	
SIEMENS MED	0019xx8D	SL	1	
SIEMENS MED	0019xx8E	SL	1	
SIEMENS MED	0019xx91	SL	1	
SIEMENS MED	0019xx92	SL	1	
SIEMENS MED	0019xx93	SL	1	
SIEMENS MED	0019xx94	SS	1	
SIEMENS MED	0019xx95	SS	1	
SIEMENS MED	0019xx96	SL	1	
SIEMENS MED	0019xx97	SS	1	
SIEMENS MED	0019xxA0	SS	1	
SIEMENS MED	0019xxA1	SS	1	
SIEMENS MED	0019xxA2	SL	1	
SIEMENS MED	0019xxA3	SL	1	
SIEMENS MED	0019xxA4	SL	1	
SIEMENS MED	0019xxC0	SL	1	
SIEMENS MED	0019xxC1	SS	1	
SIEMENS MED	0019xxC2	SS	1	
SIEMENS MED	0019xxF0	SL	1	
SIEMENS MED	001Fxx00	LO	1	
SIEMENS MED	001Fxx02	LO	1	
SIEMENS MED	001Fxx50	LO	1	
SIEMENS MED	001Fxx70	LO	1	
SIEMENS MED	0021xx10	DS	1	Zoom
SIEMENS MED	0021xx11	DS	1-n	Target
SIEMENS MED	0021xx12	IS	1	Tube Angle During Topogram
SIEMENS MED	0021xx20	US	1	ROI Mask
SIEMENS MED	0031xx01	ST	1	
SIEMENS MED	0031xx03	SL	1	
SIEMENS MED	0031xx04	ST	1	
SIEMENS MED	0031xx05	SS	1	
SIEMENS MED	0031xx06	SL	1	
SIEMENS MED	0031xx07	SS	1	
SIEMENS MED	0031xx08	ST	1	
SIEMENS MED	0031xx09	SS	1	
SIEMENS MED	0031xx0A	SS	1	
SIEMENS MED	0031xx0B	SS	1	
SIEMENS MED	0031xx0C	SS	1	
SIEMENS MED	0031xx0D	SS	1	
SIEMENS MED	0031xx0E	SS	1	
SIEMENS MED	0031xx0F	SL	1	
SIEMENS MED	0031xx10	SL	1	
SIEMENS MED	0031xx11	SS	1	
SIEMENS MED	0041xx12	SL	1	
SIEMENS MED	0041xx13	SL	1	
SIEMENS MED	0041xx21	ST	1	
SIEMENS MED	0041xx30	ST	1	
SIEMENS MED	0041xx32	ST	1	
SIEMENS MED	0041xx34	ST	1	
SIEMENS MED	0041xx36	ST	1	
SIEMENS MED	0041xx40	ST	1	
SIEMENS MED	0041xx50	SS	1	
SIEMENS MED	0041xx52	SS	1	
SIEMENS MED	0041xx60	ST	1	
SIEMENS MED	0041xx70	SL	1	
SIEMENS MED	0041xx71	SL	1	
SIEMENS MED	0051xx10	SS	1	
SIEMENS MED	0051xx11	SS	1	
SIEMENS MED	0051xx12	SS	1	
SIEMENS MED	0051xx13	SS	1	
SIEMENS MED	0051xx14	SS	1	
SIEMENS MED	0051xx15	SL	1	
SIEMENS MED	0051xx18	SL	1	
SIEMENS MED	0053xx01	SS	1	
SIEMENS MED	0053xx02	SS	1	
SIEMENS MED	0053xx03	SS	1	
SIEMENS MED	0053xx10	SS	1	
SIEMENS MED	0053xx11	SL	1	
SIEMENS MED	0053xx12	SS	1	
SIEMENS MED	0053xx13	SL	1	
SIEMENS MED	0053xx14	SS	1	
SIEMENS MED	0053xx15	SL	1	
SIEMENS MED	0053xx16	SS	1	
SIEMENS MED	0053xx17	SS	1	
SIEMENS MED	0053xx18	SL	1	
SIEMENS MED	0053xx19	SS	1	
SIEMENS MED	0053xx1A	SS	1	
SIEMENS MED	0053xx1B	SL	1	
SIEMENS MED	0053xx1C	SS	1	
SIEMENS MED	0053xx1D	SL	1	
SIEMENS MED	0053xx30	SS	1	
SIEMENS MED	0053xx31	SS	1	
SIEMENS MED	0053xx32	SS	1	
SIEMENS MED	0053xx33	SL	1	
SIEMENS MED	0053xx40	SS	1	
SIEMENS MED	0053xx41	SL	1	
SIEMENS MED	0053xx42	SS	1	
SIEMENS MED	0053xx43	SL	1	
SIEMENS MED	0053xx44	SS	1	
SIEMENS MED	0055xx01	SS	1	
SIEMENS MED	0055xx02	SS	1	
SIEMENS MED	0055xx03	SL	1	
SIEMENS MED	0055xx20	SS	1	
SIEMENS MED	0055xx21	ST	1	
SIEMENS MED	0055xx22	SS	1	
SIEMENS MED	0055xx23	ST	1	
SIEMENS MED	0055xx24	SS	1	
SIEMENS MED	0055xx25	ST	1	
SIEMENS MED	0055xx29	SL	1	
SIEMENS MED	0055xx2A	SL	1	
SIEMENS MED	0055xx30	SS	1	
SIEMENS MED	0055xx31	ST	1	
SIEMENS MED	0055xx32	SS	1	
SIEMENS MED	0055xx33	ST	1	
SIEMENS MED	0055xx34	SS	1	
SIEMENS MED	0055xx35	ST	1	
SIEMENS MED	0055xx38	SL	1	
SIEMENS MED	0055xx39	SL	1	
SIEMENS MED	0055xx3A	SL	1	
SIEMENS MED	0055xx40	SS	1	
SIEMENS MED	0055xx48	SL	1	
SIEMENS MED	0055xx50	SS	1	
SIEMENS MED	0055xx51	SS	1	
SIEMENS MED	0055xx52	SS	1	
SIEMENS MED	0055xx53	ST	1	
SIEMENS MED	0055xx54	SL	1	
SIEMENS MED	0055xx55	SL	1	
SIEMENS MED	0055xx56	SS	1	
SIEMENS MED	0055xx57	SS	1	
SIEMENS MED	0055xx58	SL	1	
SIEMENS MED	0055xx59	ST	1	
SIEMENS MED	0055xx5A	SL	1	
SIEMENS MED	0055xx5B	SS	1	
SIEMENS MED	0055xx5C	ST	1	
SIEMENS MED	0055xx5D	SS	1	
SIEMENS MED	0055xx5E	SS	1	
SIEMENS MED	0055xx5F	SL	1	
SIEMENS MED	0055xx60	SS	1	
SIEMENS MED	0055xx61	SS	1	
SIEMENS MED	0055xx64	SS	1	
SIEMENS MED	0055xx65	SS	1	
SIEMENS MED	0055xx66	SS	1	
SIEMENS MED	0055xx67	SS	1	
SIEMENS MED	0055xx68	SS	1	
SIEMENS MED	0055xx69	SS	1	
SIEMENS MED	0055xx6A	SS	1	
SIEMENS MED	0055xx6B	SS	1	
SIEMENS MED	0055xx6C	SS	1	
SIEMENS MED	0055xx6D	SS	1	
SIEMENS MED	0055xx70	SL	1	
SIEMENS MED	0055xx71	SL	1	
SIEMENS MED	0055xx72	SL	1	
SIEMENS MED	0055xx73	SL	1	
SIEMENS MED	0055xx74	SL	1	
SIEMENS MED	0055xx75	SL	1	
SIEMENS MED	0055xx76	SL	1	
SIEMENS MED	0055xx77	SL	1	
SIEMENS MED	0055xx78	SL	1	
SIEMENS MED	0055xx80	SS	1	
SIEMENS MED	0055xx81	SS	1	
SIEMENS MED	0055xx82	SS	1	
SIEMENS MED	0055xx83	SS	1	
SIEMENS MED	0055xx84	SS	1	
SIEMENS MED	0055xx85	SS	1	
SIEMENS MED	0055xx86	SL	1	
SIEMENS MED	0055xx87	SL	1	
SIEMENS MED	0055xx88	SL	1	
SIEMENS MED	0055xx89	ST	1	
SIEMENS MED	0055xx8A	SS	1	
SIEMENS MED	0055xx8B	SL	1	
SIEMENS MED	0055xx8C	SS	1	
SIEMENS MED	0055xx8D	SL	1	
SIEMENS MED	0055xx8E	SL	1	
SIEMENS MED	0055xx8F	SL	1	
SIEMENS MED	0055xx90	SL	1	
SIEMENS MED	0055xx91	SS	1	
SIEMENS MED	0055xx92	ST	1	
SIEMENS MED	0055xx93	SL	1	
SIEMENS MED	0055xx94	SL	1	
SIEMENS MED	0055xx95	SL	1	
SIEMENS MED	0055xx96	SL	1	
SIEMENS MED	0055xx97	SL	1	
SIEMENS MED	0055xx98	SS	1	
SIEMENS MED	0055xx99	SS	1	
SIEMENS MED	0055xx9A	SS	1	
SIEMENS MED	0055xx9B	SS	1	
SIEMENS MED	0055xx9C	SS	1	
SIEMENS MED	0055xx9D	SL	1	
SIEMENS MED	0055xx9E	SL	1	
SIEMENS MED	0055xx9F	SL	1	
SIEMENS MED	0055xxA0	SL	1	
SIEMENS MED	0055xxA1	SL	1	
SIEMENS MED	0055xxA2	SL	1	
SIEMENS MED	0055xxA3	SL	1	
SIEMENS MED	0055xxA4	SS	1	
SIEMENS MED	0055xxA5	SL	1	
SIEMENS MED	0055xxA6	SL	1	
SIEMENS MED	0055xxA7	SS	1	
SIEMENS MED	0055xxA8	SS	1	
SIEMENS MED	0055xxA9	SS	1	
SIEMENS MED	0055xxB0	SS	1	
SIEMENS MED	0055xxB1	SS	1	
SIEMENS MED	0057xx10	SS	1	
SIEMENS MED	0057xx20	SL	1	
SIEMENS MED	5001xx01	SS	1	
SIEMENS MED	5001xx02	SL	1	
SIEMENS MED	5001xx03	SL	1	
SIEMENS MED	5001xx04	SL	1	
SIEMENS MED	5001xx05	SL	1	
SIEMENS MED	5001xx06	SL	1	
SIEMENS MED	5001xx07	ST	1	
SIEMENS MED	5001xx08	ST	1	
SIEMENS MED	5001xx09	ST	1	
SIEMENS MED	5001xx0A	ST	1	
SIEMENS MED	5001xx0B	SL	1	
SIEMENS MED	7001xx10	SS	1	
SIEMENS MED	7003xx10	SL	1	
SIEMENS MED	7005xx10	SS	1	
SIEMENS MED	7FE1xx10	SS	1	
SIEMENS MED	7FE3xx14	SL	1	
SIEMENS MED	7FE3xx15	SL	1	
SIEMENS MED	7FE3xx16	SL	1	
SIEMENS MED	7FE3xx17	SL	1	
SIEMENS MED	7FE3xx18	SL	1	
SIEMENS MED	7FE3xx19	ST	1	
SIEMENS MED	7FE3xx1A	SL	1	
SIEMENS MED	7FE3xx1B	SS	1	
SIEMENS MED	7FE3xx1C	SS	1	
SIEMENS MED	7FE3xx1E	SL	1	
SIEMENS MED	7FE3xx1F	SL	1	
SIEMENS MED	7FE3xx20	SL	1	
SIEMENS MED	7FE3xx21	SL	1	
SIEMENS MED	7FE3xx22	SL	1	
SIEMENS MED	7FE3xx23	SL	1	
SIEMENS MED	7FE3xx24	ST	1	
SIEMENS MED	7FE3xx25	SS	1	
SIEMENS MED DISPLAY	0029xx04	CS	1	Photometric Interpretation
SIEMENS MED DISPLAY	0029xx10	US	1	Rows
SIEMENS MED DISPLAY	0029xx11	US	1	Columns
SIEMENS MED DISPLAY	0029xx20	US	1	Unknown
SIEMENS MED DISPLAY	0029xx21	US	1	Unknown
SIEMENS MED DISPLAY	0029xx50	US	2	Origin
SIEMENS MED DISPLAY	0029xx80	US	1	Unknown
SIEMENS MED DISPLAY	0029xx99	LO	1	Shutter Type
SIEMENS MED DISPLAY	0029xxA0	US	1	Rows of Rectangular Shutter
SIEMENS MED DISPLAY	0029xxA1	US	1	Columns of Rectangular Shutter
SIEMENS MED DISPLAY	0029xxA2	US	1	Origin of Rectangular Shutter
SIEMENS MED DISPLAY	0029xxB0	US	1	Radius of Circular Shutter
SIEMENS MED DISPLAY	0029xxB2	US	1	Origin of Circular Shutter
SIEMENS MED DISPLAY	0029xxC1	US	1	Contour of Irregular Shutter
SIEMENS MED DISPLAY 0000	0029xx99	LO	1	Unknown
SIEMENS MED DISPLAY 0000	0029xxC1	US	1-n	Unknown
SIEMENS MED ECAT FILE INFO	0021xx00	OB	1	ECAT_Main_Header
SIEMENS MED ECAT FILE INFO	0021xx01	OB	1	ECAT_Image_Subheader
SIEMENS MED HG	0029xx10	US	1	List of Group Numbers
SIEMENS MED HG	0029xx15	LO	1	List of Shadow Owner Codes
SIEMENS MED HG	0029xx20	US	1	List of Element Numbers
SIEMENS MED HG	0029xx30	US	1	List of Total Display Length
SIEMENS MED HG	0029xx40	LO	1-n	List of Display Prefix
SIEMENS MED HG	0029xx50	LO	1-n	List of Display Postfix
SIEMENS MED HG	0029xx60	US	1	List of Text Position
SIEMENS MED HG	0029xx70	LO	1	List of Text Concatenation
SIEMENS MED MAMMO	0029xx5A	CS	1	Unknown
SIEMENS MED MG	0029xx10	US	1	List of Group Numbers
SIEMENS MED MG	0029xx15	LO	1	List of Shadow Owner Codes
SIEMENS MED MG	0029xx20	US	1	List of Element Numbers
SIEMENS MED MG	0029xx30	US	1	List of Total Display Length
SIEMENS MED MG	0029xx40	LO	1-n	List of Display Prefix
SIEMENS MED MG	0029xx50	LO	1-n	List of Display Postfix
SIEMENS MED MG	0029xx60	US	1	List of Text Position
SIEMENS MED MG	0029xx70	LO	1	List of Text Concatenation
SIEMENS MED NM	0009xx80	LO	1	Main Acquisition View
SIEMENS MED NM	0011xx10	CS	1	Organ System
SIEMENS MED NM	0017xx00	ST	1	Unknown 0017 0000
SIEMENS MED NM	0017xx20	CS	1	Scanning Sequence
SIEMENS MED NM	0017xx60	DS	1	KVP
SIEMENS MED NM	0017xx70	ST	1	Unknown
SIEMENS MED NM	0017xx80	ST	1-n	Unknown 0017 0080
SIEMENS MED NM	0019xx01	SS	1	Number of detectors
SIEMENS MED NM	0019xx02	SS	1	Number of scalers
SIEMENS MED NM	0019xx03	SS	1	Scaler Index
SIEMENS MED NM	0019xx04	DS	1	Radionuclide Units
SIEMENS MED NM	0019xx05	DS	1	Radiopharmaceutical
SIEMENS MED NM	0019xx06	FL	1	Display Magnification
SIEMENS MED NM	0019xx07	SL	1	Scaler Counts
SIEMENS MED NM	0019xx08	SS	1	Processed Flag 0 Raw 1 Process
SIEMENS MED NM	0019xx09	SS	1	MicroDELTA Parameter Blocks
SIEMENS MED NM	0019xx0A	LO	1	MicroDELTA File Extension
SIEMENS MED NM	0019xx0B	LO	1	MicroDELTA Write ID
SIEMENS MED NM	0019xx0C	SS	1	MicroDELTA Write Version
SIEMENS MED NM	0019xx0D	CS	1	MicroDELTA Mode
SIEMENS MED NM	0019xx0E	LO	1	MicroDELTA ESFR
SIEMENS MED NM	0019xx0F	SL	1	Siemens ICON Data Type
SIEMENS MED NM	0019xx10	OW	1	MicroDELTA Expansion Blocks
SIEMENS MED NM	0019xx11	CS	1	MicroDELTA Version
SIEMENS MED NM	0019xx12	LO	1	MicroDELTA Trend
SIEMENS MED NM	0019xx13	SS	1	MicroDELTA Number of Overlays
SIEMENS MED NM	0019xx14	SS	1	MicroDELTA Overlay Block
SIEMENS MED NM	0019xx15	SS	1	MicroDELTA Color Table Extra
SIEMENS MED NM	0019xx16	SS	1	Number of Views
SIEMENS MED NM	0019xx17	SS	1	MicroDELTA Thyroid Markers
SIEMENS MED NM	0019xx18	SS	1	MicroDELTA Color Table Used
SIEMENS MED NM	0019xx19	SS	1	Save Screen Flag 1 SaveScreen
SIEMENS MED NM	0019xx1A	SS	1	MicroDELTA Overlay Map
SIEMENS MED NM	0019xx1B	SS	1	SGI Converted LookUp Table
SIEMENS MED NM	0019xx1C	SS	1	MicroDELTA Mystery1
SIEMENS MED NM	0019xx1D	SS	1	MicroDELTA Mystery2
SIEMENS MED NM	0019xx20	FL	1	Time of Lasix Administration
SIEMENS MED NM	0019xx21	FL	1	Lasix Dose mg
SIEMENS MED NM	0019xx22	FL	1	Bladder Esidual Volume cc
SIEMENS MED NM	0019xx23	SS	1	Bladder Image Extension
SIEMENS MED NM	0019xx24	FL	1	Serum Creatinine mg/dl
SIEMENS MED NM	0019xx25	FL	1	TER
SIEMENS MED NM	0019xx26	FL	1	TER Lower Limit
SIEMENS MED NM	0019xx27	FL	1	Body Surface Area m2
SIEMENS MED NM	0019xx30	FL	1	CTQ Normal Margin
SIEMENS MED NM	0019xx31	FL	1	CTQ Abnormal Sagittal Margin
SIEMENS MED NM	0019xx32	FL	1	CTQ Abnormal Oblique Margin
SIEMENS MED NM	0019xx41	SS	1	Accepted Beats
SIEMENS MED NM	0019xx42	SS	1	Rejected Beats
SIEMENS MED NM	0019xx43	SS	1	Percent of R-R Interval Framed
SIEMENS MED NM	0019xx44	SS	1	Beats Rejected Post PVC
SIEMENS MED NM	0019xx45	FL	1	Trigger Source
SIEMENS MED NM	0019xx47	FL	1	Beat Rejection Parameter
SIEMENS MED NM	0019xx48	SH	1	Rejection Scheme
SIEMENS MED NM	0019xx49	FL	1	PVC Threshold msec
SIEMENS MED NM	0019xx4A	SS	1	Framing Mode 1 Forward 2 F/B
SIEMENS MED NM	0019xx4B	SS	1	Autobeat Window 0 No 1 Yes
SIEMENS MED NM	0019xx4C	FL	1	MicroDELTA Acquisition Time per Window msec
SIEMENS MED NM	0019xx4E	SS	1	CTQ Unknown Entry Count
SIEMENS MED NM	0019xx4F	SS	1	CTQ Matrix Size
SIEMENS MED NM	0019xx50	SS	1	CTQ has been used
SIEMENS MED NM	0019xx51	SS	1	CTQ Male Entry Count
SIEMENS MED NM	0019xx52	SS	1	CTQ Female Entry Count
SIEMENS MED NM	0019xx53	SS	1	CTQ Stress/Rest Time Delay
SIEMENS MED NM	0019xx54	CS	1	CTQ Time Delay Units
SIEMENS MED NM	0019xx55	SS	1	CTQ Min Oblique Stack Count
SIEMENS MED NM	0019xx56	SS	1	CTQ Max Oblique Stack Count
SIEMENS MED NM	0019xx57	SS	1	CTQ Min Sagittal Stack Count
SIEMENS MED NM	0019xx58	SS	1	CTQ Max Sagittal Stack Count
SIEMENS MED NM	0019xx59	SS	1	CTQ Min Radius Percent
SIEMENS MED NM	0019xx5A	UL	1	CTQ Find Max or Average Flag
SIEMENS MED NM	0019xx5B	SS	1	CTQ Basal Slice Index Offset
SIEMENS MED NM	0019xx5C	SS	1	CTQ Starting Line Index
SIEMENS MED NM	0019xx5D	SS	1	CTQ Line Counts
SIEMENS MED NM	0019xx5E	SS	1	CTQ Radii Counts
SIEMENS MED NM	0019xx5F	SS	1	CTQ Radial Angle Increment
SIEMENS MED NM	0019xx60	SS	1	Whole Body Processed Flag 0:Raw 1:Img1-Img2 2:Im
SIEMENS MED NM	0019xx61	SS	1	Whole Body View
SIEMENS MED NM	0019xx62	SS	1	WB Display Field Length in cm
SIEMENS MED NM	0019xx63	SS	1	WB Scan Length in cm
SIEMENS MED NM	0019xx64	SS	1	WB Scan Speed cm/min
SIEMENS MED NM	0019xx65	SS	1	WB Scan Speed Mode 0 Manual 1 Auto
SIEMENS MED NM	0019xx66	SS	1	WB Scan Start 0 Head 1 Feet
SIEMENS MED NM	0019xx67	SS	1	WB Scan Direction 0 Lt to Rt 1 Rt to Lt
SIEMENS MED NM	0019xx68	FL	1	WB Aperature Width in cm
SIEMENS MED NM	0019xx69	SS	1	WB Number of Passes
SIEMENS MED NM	0019xx6A	SS	1	WB Scan Time msec
SIEMENS MED NM	0019xx6B	FL	1	WB Anterior kCounts View 1
SIEMENS MED NM	0019xx6C	FL	1	WB Anterior kCounts View 2
SIEMENS MED NM	0019xx6D	FL	1	WB Count Density
SIEMENS MED NM	0019xx6E	SS	1	WB Reference View Flag 1 Ref
SIEMENS MED NM	0019xx6F	FL	1	WB Coun Density Speed cm/min
SIEMENS MED NM	0019xx70	CS	1	WB Scan Type
SIEMENS MED NM	0019xx71	LO	1	WB IRIS Corr. File Name
SIEMENS MED NM	0019xx72	FL	1	WB Posterior kCounts View 1
SIEMENS MED NM	0019xx73	FL	1	WB Posterior kCounts View 2
SIEMENS MED NM	0019xx74	SS	1	WB Ant View Status No Img 1 Complete 2 Aborted
SIEMENS MED NM	0019xx75	SS	1	WB Post View Status No Img 1 Complete 2 Aborted
SIEMENS MED NM	0019xx76	SS	1	WB Post Scan Time msec
SIEMENS MED NM	0019xx77	SS	1	WB Ant Pixel Overflow 1 Yes
SIEMENS MED NM	0019xx78	SS	1	WB Post Pixel Overflow 1 Yes
SIEMENS MED NM	0019xx7F	SS	1	Segment Type 0 Segments 2 Time/Segment
SIEMENS MED NM	0019xx80	SS	1	Number of Segments
SIEMENS MED NM	0019xx81	SS	1	PVC Rejection Flag 1 Reject
SIEMENS MED NM	0019xx82	SL	1	Total Counts Framed
SIEMENS MED NM	0019xx83	SS	1	Total Beats Framed
SIEMENS MED NM	0019xx84	SS	1	Present Time of Day
SIEMENS MED NM	0019xx85	SS	1	Framed Counts
SIEMENS MED NM	0019xx86	SS	1	Time per Segment msec
SIEMENS MED NM	0019xx87	LT	1	BBA Miscellaneous Info
SIEMENS MED NM	0019xx88	SL	1	Tolerance %
SIEMENS MED NM	0019xx89	SS	1	SWG
SIEMENS MED NM	0019xx8A	SL	1	R-R Interval msec
SIEMENS MED NM	0019xx8D	SL	1	Total Counts in Acquisition
SIEMENS MED NM	0019xx8E	SL	1	Rejection Type
SIEMENS MED NM	0019xx91	FL	1	Phase Total Counts
SIEMENS MED NM	0019xx92	SL	1	Phase Pause msec
SIEMENS MED NM	0019xx93	SL	1	Phase Start msec
SIEMENS MED NM	0019xx94	SS	1	Window Center Method 0 Avg 1 Peak
SIEMENS MED NM	0019xx95	SS	1	Number of Beats to Average
SIEMENS MED NM	0019xx96	FL	1	Histogram Bin Interval msec
SIEMENS MED NM	0019xx97	SS	1	Counts in Peak Bin
SIEMENS MED NM	0019xxA0	SS	1	VPDs Detected
SIEMENS MED NM	0019xxA1	SS	1	Number of Phases
SIEMENS MED NM	0019xxA2	SL	1	Requested Frame Duration msec
SIEMENS MED NM	0019xxA3	SL	1	Frames per Phase
SIEMENS MED NM	0019xxA4	SL	1	Frame Pause msec
SIEMENS MED NM	0019xxA5	SS	1-n	Number of repeats per phase
SIEMENS MED NM	0019xxA6	SS	1-n	Cycles per repeat
SIEMENS MED NM	0019xxA7	SL	1-n	Repeat start time
SIEMENS MED NM	0019xxA8	SL	1-n	Repeat stop time
SIEMENS MED NM	0019xxA9	SL	1-n	Effective repeat time
SIEMENS MED NM	0019xxAA	SS	1-n	Acquired cycles per repeat
SIEMENS MED NM	0019xxC0	FL	1	Head Tilt degrees
SIEMENS MED NM	0019xxC1	SS	1	Uniformity Correction Flag
SIEMENS MED NM	0019xxC2	SS	1	Overflow Flag
SIEMENS MED NM	0019xxC3	ST	1	Unknown
SIEMENS MED NM	0019xxF0	FL	1	Pixel Dimensions
SIEMENS MED NM	001Fxx50	DS	1	Location RET
SIEMENS MED NM	0021xx00	OB	1	ECAT File Menu Header
SIEMENS MED NM	0021xx01	OB	1	ECAT File Subheader
SIEMENS MED NM	0021xx10	ST	1	Unknown
SIEMENS MED NM	0031xx01	LO	1	Camera Name
SIEMENS MED NM	0031xx02	SS	1	Unknown Element 0031 02
SIEMENS MED NM	0031xx03	FL	1	External Zoom
SIEMENS MED NM	0031xx04	FL	1	CCD Energy Level
SIEMENS MED NM	0031xx05	SS	1	CCD Window Width
SIEMENS MED NM	0031xx06	FL	1	CCD Window Offset
SIEMENS MED NM	0031xx07	SS	1	CCD Peaking Mode
SIEMENS MED NM	0031xx08	LO	1	CCD Autopeak Function
SIEMENS MED NM	0031xx09	SS	1	CCD Count Rate Mode
SIEMENS MED NM	0031xx0A	SS	1	Analog Output Device
SIEMENS MED NM	0031xx0B	SS	1	Communication Type
SIEMENS MED NM	0031xx0C	SS	1	Control Unit 1 ICON 2 DOT 3 ScintiView
SIEMENS MED NM	0031xx0D	SS	1	WAM Mode
SIEMENS MED NM	0031xx0E	SS	1	Event Control Mode
SIEMENS MED NM	0031xx0F	FL	1	Zoom X Offset 0.1 mm
SIEMENS MED NM	0031xx10	FL	1	Zoom Y Offset 0.1 mm
SIEMENS MED NM	0031xx11	SS	1	Gantry Zero Position
SIEMENS MED NM	0031xx12	SS	1	Unknown
SIEMENS MED NM	0031xx13	ST	1	Unknown
SIEMENS MED NM	0031xx14	ST	1	Unknown
SIEMENS MED NM	0031xx15	SL	1-n	Unknown
SIEMENS MED NM	0031xx16	SL	1-n	Unknown
SIEMENS MED NM	0031xx17	SS	1-n	Unknown
SIEMENS MED NM	0031xx20	ST	1	Unknown
SIEMENS MED NM	0031xx21	SS	1	Unknown
SIEMENS MED NM	0033xx00	FL	1-n	Flood correction Matrix Det 1 up to SR 2.0
SIEMENS MED NM	0033xx01	FL	1-n	Flood correction Matrix Det 2 up to SR 2.0
SIEMENS MED NM	0033xx10	FL	1-n	COR Data for Detector 1
SIEMENS MED NM	0033xx11	FL	1-n	COR Data for Detector 2
SIEMENS MED NM	0033xx14	FL	1	MHR ( Y-Shift) data for detector 1
SIEMENS MED NM	0033xx15	FL	1	MHR ( Y-Shift) data for detector 2
SIEMENS MED NM	0033xx18	FL	1-n	NCO Data for detector 1
SIEMENS MED NM	0033xx19	FL	1-n	NCO Data for detector 2
SIEMENS MED NM	0033xx20	FL	1	Bed correction angle
SIEMENS MED NM	0033xx21	FL	1	Gantry correction angle
SIEMENS MED NM	0033xx22	SS	1-n	Bed U/D correction data
SIEMENS MED NM	0033xx23	SS	1-n	Unknown
SIEMENS MED NM	0033xx24	FL	1	Backprojection angle head 1
SIEMENS MED NM	0033xx25	FL	1	Backprojection angle head 2
SIEMENS MED NM	0033xx28	SL	1	Number of point sources used for NCO and MHR
SIEMENS MED NM	0033xx29	FL	1	Crystal thickness
SIEMENS MED NM	0033xx30	LO	1	Preset name used for acquisition
SIEMENS MED NM	0033xx31	FL	1	Camera config angle
SIEMENS MED NM	0033xx32	LO	1	Crystal type Startburst or not
SIEMENS MED NM	0033xx33	SL	1	Gantry step for COIN acquisitions
SIEMENS MED NM	0033xx34	FL	1	Bed step for wholebody or Coin acquisitions
SIEMENS MED NM	0033xx35	FL	1	Weight factor table for coincidence acquisitions
SIEMENS MED NM	0033xx36	FL	1	Transaxial acceptance width for coincidence
SIEMENS MED NM	0033xx37	SL	1	Starburst flags
SIEMENS MED NM	0033xx38	FL	1	Pixel scale factor
SIEMENS MED NM	0035xx00	LO	1	Specialized tomo type
SIEMENS MED NM	0035xx01	LO	1	Energy window type
SIEMENS MED NM	0035xx02	SS	1	Start and end row illuminated by wind position
SIEMENS MED NM	0035xx03	LO	1	Blank scan image for profile
SIEMENS MED NM	0035xx04	SS	1	Repeat number of the original dynamic SPECT
SIEMENS MED NM	0035xx05	SS	1	Phase number of the original dynamic SPECT
SIEMENS MED NM	0037xx00	OW	1	Flood correction matrix Detector 1
SIEMENS MED NM	0037xx80	OW	1	Flood correction matrix Detector 2
SIEMENS MED NM	0039xx00	LT	1	Toshiba CBF activity results
SIEMENS MED NM	0041xx01	SL	1	Unknown
SIEMENS MED NM	0041xx02	SL	1	Unknown
SIEMENS MED NM	0041xx05	FD	1-n	Unknown
SIEMENS MED NM	0041xx06	FD	1-n	Unknown
SIEMENS MED NM	0041xx07	FD	1-n	Unknown
SIEMENS MED NM	0041xx08	FD	1-n	Unknown
SIEMENS MED NM	0041xx11	FL	1-n	Unknown
SIEMENS MED NM	0041xx21	LO	1	Text Relating to Data Object
SIEMENS MED NM	0041xx30	DA	1	Folder Creation Date
SIEMENS MED NM	0041xx32	TM	1	Folder Creation Time
SIEMENS MED NM	0041xx34	DA	1	Folder Modification Date
SIEMENS MED NM	0041xx36	TM	1	Folder Modification Time
SIEMENS MED NM	0041xx40	LO	1	Folder Owner Name
SIEMENS MED NM	0041xx50	SS	1	Folder Status
SIEMENS MED NM	0041xx70	SL	1	Number of Images in Folder
SIEMENS MED NM	0041xx71	SL	1	Number of Non-Image Objects
SIEMENS MED NM	0043xx01	FL	1-n	Unknown
SIEMENS MED NM	0043xx03	FL	1-n	Unknown
SIEMENS MED NM	0043xx04	FL	1-n	Unknown
SIEMENS MED NM	0051xx10	SS	1	Number of Windows
SIEMENS MED NM	0051xx11	SS	1	Average Heart Rate BPM
SIEMENS MED NM	0051xx12	SS	1	Accepted Beats in Window
SIEMENS MED NM	0051xx13	SS	1	Average R-R Interval msec
SIEMENS MED NM	0051xx14	SS	1	Window Width %
SIEMENS MED NM	0051xx15	SL	1	Hottest Pixel in Window
SIEMENS MED NM	0051xx18	SL	1	Total Counts in Window
SIEMENS MED NM	0053xx01	SS	1	Terminate on Pixel Overflow Flag 1 Terminate
SIEMENS MED NM	0053xx02	SS	1	Terminate on List Buffer Overflow Flag
SIEMENS MED NM	0053xx03	SS	1	First Frame by Counts
SIEMENS MED NM	0053xx10	SS	1	Elapsed Time Start Condition 0 None 1 Any 2 All
SIEMENS MED NM	0053xx11	SL	1	Elapsed Time Start msec
SIEMENS MED NM	0053xx12	SS	1	Count Rate Start Condition 0 None 1 Any 2 All
SIEMENS MED NM	0053xx13	SL	1	Count Rate Start
SIEMENS MED NM	0053xx14	SS	1	Start Heart Beat Count Condition 0 None 1 Any 2
SIEMENS MED NM	0053xx15	SL	1	Start Heart Beat Count
SIEMENS MED NM	0053xx16	SS	1	Start Heart Rate Threshold Condition
SIEMENS MED NM	0053xx17	SS	1	Start Heart Rate Increasing Flag
SIEMENS MED NM	0053xx18	SL	1	Start Heart Rate
SIEMENS MED NM	0053xx19	SL	1	Manual Stop Flag 0 No 1 Yes
SIEMENS MED NM	0053xx1A	SS	1	Elapsed Time Stop Condition 0 None 1 Any 2 All
SIEMENS MED NM	0053xx1B	SL	1	Elapsed Time Stop
SIEMENS MED NM	0053xx1C	SS	1	Stop Heart Beat Count Condition 0 None 1 Any 2 A
SIEMENS MED NM	0053xx1D	SL	1	Stop Heart Beat Count
SIEMENS MED NM	0053xx30	SS	1	Info Density Stop Condition
SIEMENS MED NM	0053xx31	SS	1	Info Density Stop Scaler
SIEMENS MED NM	0053xx32	SS	1	Info Density Stop Region
SIEMENS MED NM	0053xx33	SL	1	Info Density Stop Count
SIEMENS MED NM	0053xx40	SS	1	Stop Condition Status 0 None 1 Any 2 All
SIEMENS MED NM	0053xx41	SL	1	Stop Count
SIEMENS MED NM	0053xx42	SS	1	Stop Count Condition Status 0 None 1 Any 2 All
SIEMENS MED NM	0053xx43	SL	1	Stop Time
SIEMENS MED NM	0053xx44	SS	1	Stop Time Condition Status 0 None 1 Any 2 All
SIEMENS MED NM	0055xx02	SS	1	Unknown 55-02
SIEMENS MED NM	0055xx04	SS	1	Prompt window width
SIEMENS MED NM	0055xx05	SS	1	Random window width
SIEMENS MED NM	0055xx20	SS	1	Flood Corr. Flag 1 Corr
SIEMENS MED NM	0055xx21	DS	1	Flood Acquisition Date
SIEMENS MED NM	0055xx30	SS	1	COR Corr. Flag 1 Corr
SIEMENS MED NM	0055xx31	DA	1	COR Acquisition Date
SIEMENS MED NM	0055xx38	OW	1	COR Data
SIEMENS MED NM	0055xx40	SS	1	Noncircular Orbit Flag 1 NCO
SIEMENS MED NM	0055xx48	FL	1	NCO Values
SIEMENS MED NM	0055xx4C	SL	1	Unknown
SIEMENS MED NM	0055xx4D	SL	1	Unknown
SIEMENS MED NM	0055xx50	SS	1	Prone Flag 0 Supine 1 Prone
SIEMENS MED NM	0055xx51	SS	1	Orbit 0 Circular 1 Elliptical
SIEMENS MED NM	0055xx52	SS	1	Total Rotation in Degrees
SIEMENS MED NM	0055xx53	CS	1	Zero Location (T=Top B=Bottom)
SIEMENS MED NM	0055xx54	FL	1	Angular Step
SIEMENS MED NM	0055xx55	FL	1	Start Angle
SIEMENS MED NM	0055xx56	SS	1	Decay Corr. Flag 1 Corr
SIEMENS MED NM	0055xx57	SS	1	Scatter Corr. Flag 1 Corr
SIEMENS MED NM	0055xx58	FL	1	Radial Map Info in 0.1 mm Inc.
SIEMENS MED NM	0055xx59	CS	1	Direction H HeadIn F FeetIn
SIEMENS MED NM	0055xx5A	FL	1	Table Traverse cm
SIEMENS MED NM	0055xx5B	SS	1	Multiplexor Flag 1 Multiplexed
SIEMENS MED NM	0055xx5C	DS	1	Pixel Acquisition Date
SIEMENS MED NM	0055xx5D	SS	1	Angle Type 1 360o 2 128 Steps
SIEMENS MED NM	0055xx5E	SL	1	Orbit Definition
SIEMENS MED NM	0055xx5F	FL	1	Arm Length in cm
SIEMENS MED NM	0055xx60	SS	1	Auto Window Beats
SIEMENS MED NM	0055xx61	SS	1	Non-gated File Extension
SIEMENS MED NM	0055xx64	SS	1	TIC Error Values
SIEMENS MED NM	0055xx65	SS	1	X1
SIEMENS MED NM	0055xx66	SS	1	Y1
SIEMENS MED NM	0055xx67	SS	1	X2
SIEMENS MED NM	0055xx68	SS	1	Y2
SIEMENS MED NM	0055xx69	SS	1	X3
SIEMENS MED NM	0055xx6A	SS	1	Y3
SIEMENS MED NM	0055xx6B	SS	1	X4
SIEMENS MED NM	0055xx6C	SS	1	Y4
SIEMENS MED NM	0055xx6D	SS	1	Pixel Size Flag 1 Valid Size
SIEMENS MED NM	0055xx70	FL	1	X Focal Length
SIEMENS MED NM	0055xx71	FL	1	Y Focal Length
SIEMENS MED NM	0055xx72	FL	1	X Gains
SIEMENS MED NM	0055xx73	FL	1	Y Gains
SIEMENS MED NM	0055xx74	FL	1	X Offset
SIEMENS MED NM	0055xx75	FL	1	Y Offset
SIEMENS MED NM	0055xx76	FL	1	X Principal Ray
SIEMENS MED NM	0055xx77	FL	1	Y Principal Ray
SIEMENS MED NM	0055xx78	FL	1	Total Flood Counts
SIEMENS MED NM	0055xx7E	FL	1-n	Collimator thickness
SIEMENS MED NM	0055xx7F	FL	1-n	Collimator angular resolution
SIEMENS MED NM	0055xx80	SS	1	File Altered Flag 1 Altered
SIEMENS MED NM	0055xx81	SS	1	Raw Data Extension
SIEMENS MED NM	0055xx82	SS	1	Sagittal Extension
SIEMENS MED NM	0055xx83	SS	1	Coronal Extension
SIEMENS MED NM	0055xx84	SS	1	Transverse Extension
SIEMENS MED NM	0055xx85	SS	1	Volume Rendered Extension
SIEMENS MED NM	0055xx86	SL	1	Plane of Transverse Bottom Slice
SIEMENS MED NM	0055xx87	SL	1	Plane of Transverse Top Slice
SIEMENS MED NM	0055xx88	SL	1	Slice Step in Pixels
SIEMENS MED NM	0055xx8A	SL	1	Y-Axis Smooth Slice Weights
SIEMENS MED NM	0055xx8B	SL	1	Number of Transverse Slices
SIEMENS MED NM	0055xx8C	SS	1	Attenuation Flag 1 Chang 2 Sorenson
SIEMENS MED NM	0055xx8D	SS	1	Sagittal Right Limit
SIEMENS MED NM	0055xx8E	SS	1	Sagittal Left Limit
SIEMENS MED NM	0055xx8F	SS	1	Coronal Posterior Limit
SIEMENS MED NM	0055xx90	SS	1	Coronal Anterior Limit
SIEMENS MED NM	0055xx91	SS	1	Isotope Used in Reconstruction
SIEMENS MED NM	0055xx93	FL	1	Filter Cutoff Frequency
SIEMENS MED NM	0055xx94	FL	1	Filter Alpha Coefficient
SIEMENS MED NM	0055xx95	FL	1	Filter Order
SIEMENS MED NM	0055xx96	FL	1	Attenuation Coefficient
SIEMENS MED NM	0055xx97	SS	1	Percent Ray
SIEMENS MED NM	0055xx98	SS	1	Astigmatic Collimator 1 Neuro 2 Cardiac
SIEMENS MED NM	0055xx99	SS	1	XP0
SIEMENS MED NM	0055xx9A	SS	1	ZP0
SIEMENS MED NM	0055xx9B	SS	1	XP1
SIEMENS MED NM	0055xx9C	SS	1	ZP1
SIEMENS MED NM	0055xx9D	FL	1	Rotation Matrix
SIEMENS MED NM	0055xx9E	FL	1	X0
SIEMENS MED NM	0055xx9F	FL	1	X1
SIEMENS MED NM	0055xxA0	FL	1	Y0
SIEMENS MED NM	0055xxA1	FL	1	Y1
SIEMENS MED NM	0055xxA2	FL	1	Z0
SIEMENS MED NM	0055xxA3	FL	1	Z1
SIEMENS MED NM	0055xxA4	SS	1	Transverse Scale
SIEMENS MED NM	0055xxA5	FL	1	Pixel Size X Direction mm
SIEMENS MED NM	0055xxA6	FL	1	Pixel Size Y Direction mm
SIEMENS MED NM	0055xxA7	SS	1	Regions File Extension
SIEMENS MED NM	0055xxA8	SS	1	Gated SPECT Bins Reconstructed
SIEMENS MED NM	0055xxA9	SS	1	Vertical Oblique Image
SIEMENS MED NM	0055xxB0	SS	1	Oblique Region First Slice
SIEMENS MED NM	0055xxB1	SS	1	Oblique Region Last Slice
SIEMENS MED NM	0055xxC0	SS	1-n	Unknown
SIEMENS MED NM	0055xxC2	SS	1	Unknown
SIEMENS MED NM	0055xxC3	SS	1	Unknown
SIEMENS MED NM	0055xxC4	SS	1	Unknown
SIEMENS MED NM	0055xxD0	SS	1	Unknown
SIEMENS MED NM	0057xx01	LO	1	e.soft DICOM original image type
SIEMENS MED NM	0057xx02	FL	1	Dose calibration factor
SIEMENS MED NM	0057xx03	LO	1	Units
SIEMENS MED NM	0057xx04	LO	1	Decay correction
SIEMENS MED NM	0057xx05	SL	1-n	Radio nuclide half life
SIEMENS MED NM	0057xx06	FL	1	Rescale intercept
SIEMENS MED NM	0057xx07	FL	1	Rescale Slope
SIEMENS MED NM	0057xx08	FL	1	Frame reference time
SIEMENS MED NM	0057xx09	SL	1	Number of Radiopharmaceutical information seq
SIEMENS MED NM	0057xx0A	FL	1	Decay factor
SIEMENS MED NM	0057xx0B	LO	1	Counts source
SIEMENS MED NM	0057xx0C	SL	1-n	Radio Nuclide positron fraction
SIEMENS MED NM	0057xx10	SS	1	Low Count
SIEMENS MED NM	0057xx20	SS	1	Vertical Oblique Image
SIEMENS MED NM	5001xx02	SL	1	Number of Points
SIEMENS MED NM	5001xx03	FL	1	Minimal Value on X-Axis
SIEMENS MED NM	5001xx04	FL	1	Maximal Value on X-Axis
SIEMENS MED NM	5001xx05	FL	1	Minimal Value on Y-Axis
SIEMENS MED NM	5001xx06	FL	1	Maximal Value on Y-Axis
SIEMENS MED NM	5001xx07	LO	1	Curve Name
SIEMENS MED NM	5001xx08	LO	1	Curve Function Label
SIEMENS MED NM	5001xx09	SH	1	X Axis Label
SIEMENS MED NM	5001xx0A	SH	1	Y Axis Label
SIEMENS MED NM	5001xx0B	OW	1	Curve Data
SIEMENS MED NM	7FE1xx10	OW	1	Compressed Pixel Data
SIEMENS MED NM	7FE3xx00	UL	1	Length of Group 0x7FE3
SIEMENS MED NM	7FE3xx14	SL	1	Lowest Pixel Value in THIS Frame
SIEMENS MED NM	7FE3xx15	SL	1	Highest Pixel Value in THIS Frame
SIEMENS MED NM	7FE3xx16	SL	1	Total Counts in THIS Frame
SIEMENS MED NM	7FE3xx17	SL	1	Duration of THIS Frame msec
SIEMENS MED NM	7FE3xx18	FL	1	Frame Angle
SIEMENS MED NM	7FE3xx19	LO	1	Frame Name
SIEMENS MED NM	7FE3xx1A	FL	1	View Number
SIEMENS MED NM	7FE3xx1B	SS	1	Pixel Overflow Flag 1 Pixel Overflow
SIEMENS MED NM	7FE3xx1C	SS	1	Buffer Overflow Flag 1 Buffer Overflow
SIEMENS MED NM	7FE3xx1E	SL	1	Start Time of THIS Frame From Start of Study
SIEMENS MED NM	7FE3xx1F	SL	1	ROI Maximum Pixel Value
SIEMENS MED NM	7FE3xx20	SL	1	ROI Average Pixel Value
SIEMENS MED NM	7FE3xx21	SL	1	ROI Total Counts
SIEMENS MED NM	7FE3xx22	SL	1	ROI Total Pixels
SIEMENS MED NM	7FE3xx23	SL	1	ROI Center Coordinates
SIEMENS MED NM	7FE3xx24	LO	1	ROI Name
SIEMENS MED NM	7FE3xx25	SS	1	ROI Data
SIEMENS MED NM	7FE3xx26	OW	1	Unknown
SIEMENS MED NM	7FE3xx27	OW	1	Unknown
SIEMENS MED NM	7FE3xx28	OW	1	Unknown
SIEMENS MED NM	7FE3xx29	OW	1	Unknown
SIEMENS MED OCS ACKNOWLEDGE FLAG	0039xx81	IS	1	Acknowledge Flag
SIEMENS MED OCS AE TITLE	0039xx79	CS	1	AE Title
SIEMENS MED OCS CALIBRATION DATE	0039xx81	CS	1	Calibration Date
SIEMENS MED OCS CBT ARC INCREMENT	0039xx84	IS	1-n	Arc Increment
SIEMENS MED OCS CBT ENDING GANTRY ANGLE	0039xx83	DS	1-n	Ending Projection Angle
SIEMENS MED OCS CBT MISSING PROJECTION FRAMES	0039xx91	IS	1-n	Missing Projection Frames
SIEMENS MED OCS CBT PATIENT_ORIENTATION	0039xx93	CS	1	Patient Orientation
SIEMENS MED OCS CBT PROJECTION GANTRY POSITIONS	0039xx86	DS	1-n	Gantry Positions
SIEMENS MED OCS CBT RECON FILTER TYPE	0039xx90	IS	1	Reconstruction Filter Type
SIEMENS MED OCS CBT RECON NUM OF SLICES	0039xx89	IS	1	Number of Reconstruction Slices
SIEMENS MED OCS CBT RECON SLICE HEIGHT	0039xx88	IS	1	Reconstruction Slice Height
SIEMENS MED OCS CBT RECON SLICE WIDTH	0039xx87	IS	1	Reconstruction Slice Width
SIEMENS MED OCS CBT ROTATION DIRECTION	0039xx85	CS	1-n	Gantry Rotation Direction
SIEMENS MED OCS CBT STARTING GANTRY ANGLE	0039xx82	DS	1-n	Starting Projection Angle
SIEMENS MED OCS CBT TOTAL_MU	0039xx96	DS	1	Total MU delivered during Cone Beam
SIEMENS MED OCS COMMON EDGE	0039xx83	IS	1	Common Edge
SIEMENS MED OCS FIELD ID	0039xx80	CS	1	Field ID
SIEMENS MED OCS FIELD NAME	0039xx79	CS	1	Field Name
SIEMENS MED OCS FP Alignment Calibration Date / Time	0039xx95	DT	1	Flat Panel Alignment last calibration Date and Time
SIEMENS MED OCS I0 MU SCALE FACTOR	0039xx97	IS	1	I0-MU Scale Factor
SIEMENS MED OCS ICC MATRIX	0039xx82	DS	2	Image Center in Image Coordinates
SIEMENS MED OCS NUMBER OF FRAMES	0039xx76	IS	1	Number of Frames
SIEMENS MED OCS NUMBER OF SUB FRAMES	0039xx77	IS	1	Number of Sub-Frames
SIEMENS MED OCS PI ALIGNMENT IMAGE	0039xx94	IS	1	Alignment Offset Valid Flag
SIEMENS MED OCS PI VALID PIXEL MAP	0039xx92	IS	1	Valid Pixel Map Flag
SIEMENS MED OCS REFERENCE IMAGE	0039xx76	UI	1	Reference Image
SIEMENS MED OCS REFERENCE LOCKED	0039xx88	IS	1	Locked Flag
SIEMENS MED OCS SC IMG PIX SPC	0039xx87	DS	2	Non-RT Image Pixel Spacing
SIEMENS MED OCS SC IMG SAD	0039xx86	DS	1	Non-RT Image SAD
SIEMENS MED OCS SC IMG SID	0039xx85	DS	1	Non-RT Image SID
SIEMENS MED OCS SCALED IMG PIX SPC	0039xx84	DS	2	Scaled Image Pixel Spacing
SIEMENS MED OCS SITE NAME	0039xx78	CS	1	Site Name
SIEMENS MED OCS TABLE LATERAL POSITION	0039xx98	DS	1	Lateral Table Position
SIEMENS MED OCS TABLE LONGITUDINAL POSITION	0039xx99	DS	1	Longitudinal Table Position
SIEMENS MED OCS TABLE OFFSET	0039xx78	DS	3	Offset
SIEMENS MED OCS TABLE VERTICAL POSITION	0039xx75	DS	1	vertical Table Position
SIEMENS MED OCS TRANS MATRIX	0039xx80	DS	5	Transformation Matrix
SIEMENS MED SMS USG ANTARES	0019xx00	SH	1	Private Creator Version
SIEMENS MED SMS USG ANTARES	0019xx03	UN	1	Frame Rate
SIEMENS MED SMS USG ANTARES	0019xx0C	US	1	Burned in Graphics
SIEMENS MED SMS USG ANTARES	0019xx0D	UN	1	SieClear Index
SIEMENS MED SMS USG ANTARES	0019xx20	UN	1	B-Mode Submode
SIEMENS MED SMS USG ANTARES	0019xx21	UN	1	B-Mode Dynamic Range
SIEMENS MED SMS USG ANTARES	0019xx22	UN	1	B-Mode Overall Gain
SIEMENS MED SMS USG ANTARES	0019xx23	UN	1	B-Mode Res/Speed Index
SIEMENS MED SMS USG ANTARES	0019xx24	UN	1	B-Mode Edge Enhance Index
SIEMENS MED SMS USG ANTARES	0019xx25	UN	1	B-Mode Persistence Index
SIEMENS MED SMS USG ANTARES	0019xx26	UN	1	B-Mode Map Index
SIEMENS MED SMS USG ANTARES	0019xx27	US	1	???
SIEMENS MED SMS USG ANTARES	0019xx28	US	1	???
SIEMENS MED SMS USG ANTARES	0019xx29	US	1	???
SIEMENS MED SMS USG ANTARES	0019xx2A	US	1	B-Mode Tint Type
SIEMENS MED SMS USG ANTARES	0019xx2D	UN	1	B-Mode Tint Index
SIEMENS MED SMS USG ANTARES	0019xx2E	UN	1	ClarifyVE Index
SIEMENS MED SMS USG ANTARES	0019xx31	US	1	Unknown
SIEMENS MED SMS USG ANTARES	0019xx3A	UN	1	Image Flag
SIEMENS MED SMS USG ANTARES	0019xx3B	LT	1	Unknown
SIEMENS MED SMS USG ANTARES	0019xx40	UN	1	Color Flow state
SIEMENS MED SMS USG ANTARES	0019xx41	UN	1	Color Flow Wall Filter Index
SIEMENS MED SMS USG ANTARES	0019xx42	UN	1	Color Flow Submode
SIEMENS MED SMS USG ANTARES	0019xx43	UN	1	Color Flow Overall Gain
SIEMENS MED SMS USG ANTARES	0019xx44	UN	1	Color Flow Res/Speed Index
SIEMENS MED SMS USG ANTARES	0019xx46	UN	1	Color Flow Smooth Index
SIEMENS MED SMS USG ANTARES	0019xx47	UN	1	Color Flow Persistence Index
SIEMENS MED SMS USG ANTARES	0019xx48	UN	1	Color Flow Map Index
SIEMENS MED SMS USG ANTARES	0019xx49	UN	1	Color Flow Priority Index
SIEMENS MED SMS USG ANTARES	0019xx54	UN	1	Color Flow Maximum Velocity
SIEMENS MED SMS USG ANTARES	0019xx60	UN	1	Doppler Dynamic Range
SIEMENS MED SMS USG ANTARES	0019xx61	UN	1	Doppler Overall Gain
SIEMENS MED SMS USG ANTARES	0019xx62	UN	1	Doppler Wall Filter
SIEMENS MED SMS USG ANTARES	0019xx63	UN	1	Doppler Gate Size
SIEMENS MED SMS USG ANTARES	0019xx65	UN	1	Doppler Map Index
SIEMENS MED SMS USG ANTARES	0019xx66	UN	1	Doppler Submode
SIEMENS MED SMS USG ANTARES	0019xx67	US	1	Unknown
SIEMENS MED SMS USG ANTARES	0019xx69	UN	1	Doppler Time/Freq Res Index
SIEMENS MED SMS USG ANTARES	0019xx6A	US	1	Doppler Trace Inverted
SIEMENS MED SMS USG ANTARES	0019xx6C	US	1	Doppler Tint Type
SIEMENS MED SMS USG ANTARES	0019xx72	UN	1	Doppler Tint Index
SIEMENS MED SMS USG ANTARES	0019xx80	UN	1	M-Mode Dynamic Range
SIEMENS MED SMS USG ANTARES	0019xx81	UN	1	M-Mode Overall Gain
SIEMENS MED SMS USG ANTARES	0019xx82	UN	1	M-Mode Edge Enhance Index
SIEMENS MED SMS USG ANTARES	0019xx83	UN	1	M-Mode Map Index
SIEMENS MED SMS USG ANTARES	0019xx86	UN	1	M-Mode Tint Type
SIEMENS MED SMS USG ANTARES	0019xx87	UN	1	M-Mode Submode
SIEMENS MED SMS USG ANTARES	0019xx88	UN	1	M-Mode Tint Index
SIEMENS MED SMS USG ANTARES	0019xxA0	LT	1	Unknown
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx00	UN	1	Release Version
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx03	UN	1	VolumeAcquisitionDuration
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx04	UN	1	VolumeRawDataType
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx05	UN	1	ScanType
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx06	UN	1	ZlateralMin
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx07	UN	1	ZlateralSpan
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx08	UN	1	ZRadiusOfCurvature
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx09	UN	1	WobbleCorrection
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx10	UN	1	ScaleAlongWidth
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx11	UN	1	ScaleAlongHeight
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx12	UN	1	ScaleAlongDepth
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx13	UN	1	BufferSize
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx14	UN	1	AcquisitionRate
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx15	UN	1	DepthMinCm
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx16	UN	1	IsLeftRightFlippedEn
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx17	UN	1	IsUpDownFlippedEn
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx18	UN	1	IsVolumeGeomAccurate
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx19	UN	1	BByteMaskOffset
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx20	UN	1	BByteMaskSize
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx21	UN	1	DepthMaxCm
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx22	UN	1	AcqPlaneRotationDeg
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx23	UN	1	BeamAxialSpan
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx24	UN	1	BeamLateralMin
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx25	UN	1	BeamLateralSpan
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx26	UN	1	BeamAxialMin
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx27	UN	1	NumDisplaySamples
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx28	UN	1	DVolumeWidth
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx29	UN	1	DVolumeDepth
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx30	UN	1	DVolumeHeight
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx31	UN	1	DVolumePosX
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx32	UN	1	DVolumePosY
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx33	UN	1	DVolumePosZ
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx34	UN	1	DBeamAxialMin
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx35	UN	1	DBeamAxialSpan
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx36	UN	1	DBeamLateralMin
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx37	UN	1	DBeamLateralSpan
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx38	UN	1	NumOfVolumesInSequence
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx39	UN	1	DByteMaskOffset
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx40	UN	1	DByteMaskSize
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx50	UN	1	PrivateCreatorVersionOfBookmark
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx51	UN	1	BCutPlaneEnable
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx52	UN	1	BMprColorMapIndex
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx53	UN	1	BMprDynamicRangeDb
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx54	UN	1	BMprGrayMapIndex
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx55	UN	1	BVolumeRenderMode
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx56	UN	1	BVrBrightness
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx57	UN	1	BVrContrast
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx58	UN	1	BVrColorMapIndex
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx59	UN	1	BVrDynamicRangeDb
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx5A	UN	1	BVrGrayMapIndex
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx5B	UN	1	BVrOpacity
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx5C	UN	1	BVrThresholdHigh
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx5D	UN	1	BVrThresholdLow
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx5E	UN	1	BPreProcessFilterMix
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx5F	UN	1	CCutPlaneEnable
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx60	UN	1	CFrontClipMode
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx61	UN	1	CMprColorMapIndex
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx62	UN	1	CMprColorFlowPriorityIndex
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx63	UN	1	CVolumeRenderMode
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx64	UN	1	CVrColorMapIndex
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx65	UN	1	CVrColorFlowPriorityIndex
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx66	UN	1	CVrOpacity
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx67	UN	1	CVrThresholdHigh
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx68	UN	1	CVrThresholdLow
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx69	UN	1	VoiMode
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx6A	UN	1	VoiRotationOffsetDeg
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx6B	UN	1	VoiSizeRatioX
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx6C	UN	1	VoiSizeRatioY
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx6D	UN	1	VoiSizeRatioZ
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx6E	UN	1	VoiSyncPlane
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx6F	UN	1	VoiViewMode
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx70	UN	1	VrOrientationA
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx71	UN	1	MprOrientationA
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx72	UN	1	VrOffsetVector
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx73	UN	1	BlendingRatio
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx74	UN	1	FusionBlendMode
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx75	UN	1	QualityFactor
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx76	UN	1	RendererType
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx77	UN	1	SliceMode
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx78	UN	1	ActiveQuad
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx79	UN	1	ScreenMode
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx7A	UN	1	CutPlaneSide
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx7B	UN	1	WireframeMode
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx7C	UN	1	CrossmarkMode
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx7D	UN	1	MprDisplayType
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx7E	UN	1	VolumeDisplayType
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx7F	UN	1	LastReset
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx80	UN	1	LastNonFullScreenMode
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx81	UN	1	MprToolIndex
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx82	UN	1	VoiToolIndex
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx83	UN	1	ToolLoopMode
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx84	UN	1	VolumeArbMode
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx85	UN	1	MprZoomEn
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx86	UN	1	IsVolumeZoomEn
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx87	UN	1	ZoomLevelMpr
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx88	UN	1	ZoomLevelVolume
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx89	UN	1	IsAutoRotateEn
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx8A	UN	1	AutoRotateAxis
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx8B	UN	1	AutoRotateRangeIndex
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx8C	UN	1	AutoRotateSpeedIndex
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx8D	UN	1	CVrBrightness
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx8E	UN	1	CFlowStateIndex
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx8F	UN	1	BSubmodeIndex
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx90	UN	1	CSubmodeIndex
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx91	UN	1	DICOMAttrNameCutPlane
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx92	UN	1	BookmarkChunkId
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx93	UN	1	SequenceMinChunkId
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx94	UN	1	SequenceMaxChunkId
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx95	UN	1	VolumeRateHz
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx9A	UN	1	VoiPositionOffsetX
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx9B	UN	1	VoiPositionOffsetY
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx9C	UN	1	VoiPositionOffsetZ
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx9D	UN	1	VrToolIndex
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx9E	UN	1	ShadingPercent
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xx9F	UN	1	VolumeType
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xxA0	UN	1	DICOMAttrNameVrQuadDisplayType
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xxA1	UN	1	DICOMAttrNameMprCenterLocation
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xxE0	UN	1	DICOMAttrNameSliceRangeType
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xxE1	UN	1	DICOMAttrNameSliceMPRPlane
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xxE2	UN	1	DICOMAttrNameSliceLayout
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xxE3	UN	1	DICOMAttrNameSliceSpacing
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xxE4	UN	1	DICOMAttrNameThinVrMode
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xxE5	UN	1	DICOMAttrNameThinVrThickness
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xxE6	UN	1	DICOMAttrNameVoiPivotX
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xxE7	UN	1	DICOMAttrNameVoiPivotY
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xxE8	UN	1	DICOMAttrNameVoiPivotZ
SIEMENS MED SMS USG ANTARES 3D VOLUME	0039xxE9	UN	1	DICOMAttrNameCTopVoiQuad
SIEMENS MED SMS USG S2000	0019xx00	UN	1	Private Creator Version
SIEMENS MED SMS USG S2000	0019xx03	FD	1	Frame Rate
SIEMENS MED SMS USG S2000	0019xx0C	US	1	Burned in Graphics
SIEMENS MED SMS USG S2000	0019xx0D	SH	1	SieClear Index
SIEMENS MED SMS USG S2000	0019xx20	SH	1	B-Mode Submode
SIEMENS MED SMS USG S2000	0019xx21	FD	1	B-Mode Dynamic Range
SIEMENS MED SMS USG S2000	0019xx22	FD	1	B-Mode Overall Gain
SIEMENS MED SMS USG S2000	0019xx23	US	1	B-Mode Res/Speed Index
SIEMENS MED SMS USG S2000	0019xx24	US	1	B-Mode Edge Enhance Index
SIEMENS MED SMS USG S2000	0019xx25	US	1	B-Mode Persistence Index
SIEMENS MED SMS USG S2000	0019xx26	US	1	B-Mode Map Index
SIEMENS MED SMS USG S2000	0019xx27	US	1	??
SIEMENS MED SMS USG S2000	0019xx28	US	1	??
SIEMENS MED SMS USG S2000	0019xx29	US	1	??
SIEMENS MED SMS USG S2000	0019xx2A	US	1	B-Mode Tint Type
SIEMENS MED SMS USG S2000	0019xx2D	US	1	B-Mode Tint Index
SIEMENS MED SMS USG S2000	0019xx2E	SH	1	ClarifyVE Index
SIEMENS MED SMS USG S2000	0019xx3A	UN	1	Image Flag
SIEMENS MED SMS USG S2000	0019xx3B	LT	1	IPDA/MDA Data
SIEMENS MED SMS USG S2000	0019xx3C	UT	1	Thumbnail Data
SIEMENS MED SMS USG S2000	0019xx40	UN	1	Color Flow state
SIEMENS MED SMS USG S2000	0019xx41	UN	1	Color Flow Wall Filter Index
SIEMENS MED SMS USG S2000	0019xx42	UN	1	Color Flow Submode
SIEMENS MED SMS USG S2000	0019xx43	UN	1	Color Flow Overall Gain
SIEMENS MED SMS USG S2000	0019xx44	UN	1	Color Flow Res/Speed Index
SIEMENS MED SMS USG S2000	0019xx46	UN	1	Color Flow Smooth Index
SIEMENS MED SMS USG S2000	0019xx47	UN	1	Color Flow Persistence Index
SIEMENS MED SMS USG S2000	0019xx48	UN	1	Color Flow Map Index
SIEMENS MED SMS USG S2000	0019xx49	UN	1	Color Flow Priority Index
SIEMENS MED SMS USG S2000	0019xx54	UN	1	Color Flow Maximum Velocity
SIEMENS MED SMS USG S2000	0019xx60	UN	1	Doppler Dynamic Range
SIEMENS MED SMS USG S2000	0019xx61	UN	1	Doppler Overall Gain
SIEMENS MED SMS USG S2000	0019xx62	UN	1	S2000 Private Doppler Wall Filter
SIEMENS MED SMS USG S2000	0019xx63	UN	1	Attributes Doppler Gate Size
SIEMENS MED SMS USG S2000	0019xx65	UN	1	Doppler Map Index
SIEMENS MED SMS USG S2000	0019xx66	UN	1	Doppler Submode
SIEMENS MED SMS USG S2000	0019xx69	UN	1	Doppler Time/Freq Res Index
SIEMENS MED SMS USG S2000	0019xx6A	UN	1	Doppler Trace Inverted
SIEMENS MED SMS USG S2000	0019xx6C	UN	1	Doppler Tint Type
SIEMENS MED SMS USG S2000	0019xx72	UN	1	Doppler Tint Index
SIEMENS MED SMS USG S2000	0019xx80	UN	1	M-Mode Dynamic Range
SIEMENS MED SMS USG S2000	0019xx81	UN	1	M-Mode Overall Gain
SIEMENS MED SMS USG S2000	0019xx82	UN	1	M-Mode Edge Enhance Index
SIEMENS MED SMS USG S2000	0019xx83	UN	1	M-Mode Map Index
SIEMENS MED SMS USG S2000	0019xx86	UN	1	M-Mode Tint Type
SIEMENS MED SMS USG S2000	0019xx87	UN	1	M-Mode Submode
SIEMENS MED SMS USG S2000	0019xx88	UN	1	M-Mode Tint Index
SIEMENS MED SP DXMG WH AWS 1	0019xx01	UL	1-n	Unknown
SIEMENS MED SP DXMG WH AWS 1	0019xx02	US	2	Unknown
SIEMENS MED SP DXMG WH AWS 1	0041xx02	SH	1	Reason for the Requested Procedure
SIEMENS MED SP DXMG WH AWS 1	0055xx01	LO	1	Projection View Display String
SIEMENS MEDCOM HEADER	0029xx08	CS	1	MedCom Header Type
SIEMENS MEDCOM HEADER	0029xx09	LO	1	MedCom Header Version
SIEMENS MEDCOM HEADER	0029xx10	OB	1	MedCom Header Info
SIEMENS MEDCOM HEADER	0029xx20	OB	1	MedCom History Information
SIEMENS MEDCOM HEADER	0029xx31	LO	1	PMTF Information 1
SIEMENS MEDCOM HEADER	0029xx32	UL	1	PMTF Information 2
SIEMENS MEDCOM HEADER	0029xx33	UL	1	PMTF Information 3
SIEMENS MEDCOM HEADER	0029xx34	CS	1	PMTF Information 4
SIEMENS MEDCOM HEADER	0029xx35	UL	1	PMTF Information 5
SIEMENS MEDCOM HEADER	0029xx40	SQ	1	Application Header Sequence
SIEMENS MEDCOM HEADER	0029xx41	CS	1	Application Header Type
SIEMENS MEDCOM HEADER	0029xx42	LO	1	Application Header ID
SIEMENS MEDCOM HEADER	0029xx43	LO	1	Application Header Version
SIEMENS MEDCOM HEADER	0029xx44	OB	1	Application Header Info
SIEMENS MEDCOM HEADER	0029xx50	LO	8	Workflow Control Flags
SIEMENS MEDCOM HEADER	0029xx51	CS	1	Arch. Management Flag Keep Online
SIEMENS MEDCOM HEADER	0029xx52	CS	1	Arch. Mgmnt Flag Do Not Archive
SIEMENS MEDCOM HEADER	0029xx53	CS	1	Image Location Status
SIEMENS MEDCOM HEADER	0029xx54	DS	1	Estimated Retrieve Time
SIEMENS MEDCOM HEADER	0029xx55	DS	1	Data Size of Retrieved Images
SIEMENS MEDCOM HEADER	0029xx70	SQ	1	Siemens Link Sequence
SIEMENS MEDCOM HEADER	0029xx71	AT	1	Referenced Tag
SIEMENS MEDCOM HEADER	0029xx72	CS	1	Referenced Tag Type
SIEMENS MEDCOM HEADER	0029xx73	UL	1	Referenced Value Length
SIEMENS MEDCOM HEADER	0029xx74	CS	1	Referenced Object Device Type
SIEMENS MEDCOM HEADER	0029xx75	OB	1	Referenced Object Device Location
SIEMENS MEDCOM HEADER	0029xx76	OB	1	Referenced Object ID
SIEMENS MEDCOM HEADER2	0029xx60	LO	1	Series Workflow Status
SIEMENS MEDCOM OOG	0029xx08	CS	1	MedCom OOG Type
SIEMENS MEDCOM OOG	0029xx09	LO	1	MedCom OOG Version
SIEMENS MEDCOM OOG	0029xx10	OB	1	MedCom OOG Info
SIEMENS MR EXTRACTED CSA HEADER	00250001	SQ	1	Unknown
SIEMENS MR EXTRACTED CSA HEADER	00250002	LO	1	Unknown
SIEMENS MR EXTRACTED CSA HEADER	00250003	AT	1	Unknown
SIEMENS MR EXTRACTED CSA HEADER	00250004	SS	1	Unknown
SIEMENS MR FMRI	00210010	SQ	1	Unknown
SIEMENS MR FMRI	00210011	LO	1	Unknown
SIEMENS MR FMRI	00210012	SQ	1	Unknown
SIEMENS MR FMRI	00210013	US	1	Unknown
SIEMENS MR FMRI	00210014	SQ	1	Unknown
SIEMENS MR FMRI	00210015	US	1	Unknown
SIEMENS MR FMRI	00210016	LO	1	Unknown
SIEMENS MR FMRI	00210017	US	1	Unknown
SIEMENS MR FMRI	00210018	UL	1	Unknown
SIEMENS MR FMRI	00210019	FL	1	Unknown
SIEMENS MR FMRI	00210031	SQ	1	Unknown
SIEMENS MR FMRI	00210040	SQ	1	Unknown
SIEMENS MR FMRI	00210041	LO	1	Unknown
SIEMENS MR FMRI	00210042	SQ	1	Unknown
SIEMENS MR FMRI	00210043	LO	1	Unknown
SIEMENS MR FMRI	00210044	US	1	Unknown
SIEMENS MR FMRI	00210045	LO	1-n	Unknown
SIEMENS MR FMRI	00210046	SQ	1	Unknown
SIEMENS MR FMRI	00210047	UL	1	Unknown
SIEMENS MR FMRI	00210048	LO	1	Unknown
SIEMENS MR FMRI	00210049	FD	1	Unknown
SIEMENS MR FMRI	0021004A	FD	1-n	Unknown
SIEMENS MR FMRI	0021004B	FL	1	Unknown
SIEMENS MR HEADER	0019xx08	CS	1	CSA Image Header Type
SIEMENS MR HEADER	0019xx09	LO	1	CSA Image Header Version ??
SIEMENS MR HEADER	0019xx0A	US	1	NumberOfImagesInMosaic
SIEMENS MR HEADER	0019xx0B	DS	1	SliceMeasurementDuration
SIEMENS MR HEADER	0019xx0C	IS	1	B_value
SIEMENS MR HEADER	0019xx0D	CS	1	DiffusionDirectionality
SIEMENS MR HEADER	0019xx0E	FD	3	DiffusionGradientDirection
SIEMENS MR HEADER	0019xx0F	SH	1	GradientMode
SIEMENS MR HEADER	0019xx11	SH	1	FlowCompensation
SIEMENS MR HEADER	0019xx12	SL	3	TablePositionOrigin
SIEMENS MR HEADER	0019xx13	SL	3	ImaAbsTablePosition
SIEMENS MR HEADER	0019xx14	IS	3	ImaRelTablePosition
SIEMENS MR HEADER	0019xx15	FD	3	SlicePosition_PCS
SIEMENS MR HEADER	0019xx16	DS	1	TimeAfterStart
SIEMENS MR HEADER	0019xx17	DS	1	SliceResolution
SIEMENS MR HEADER	0019xx18	IS	1	RealDwellTime
SIEMENS MR HEADER	0019xx23	IS	1	FMRIStimulInfo
SIEMENS MR HEADER	0019xx25	FD	3	RBMoCoTrans
SIEMENS MR HEADER	0019xx26	FD	3	RBMoCoRot
SIEMENS MR HEADER	0019xx27	FD	6	B_matrix
SIEMENS MR HEADER	0019xx28	FD	1	BandwidthPerPixelPhaseEncode
SIEMENS MR HEADER	0019xx29	FD	1	MosaicRefAcqTimes
SIEMENS MR HEADER	0051xx08	CS	1	CSA Image Header Type
SIEMENS MR HEADER	0051xx09	LO	1	CSA Image Header Version ??
SIEMENS MR HEADER	0051xx0A	SH	1	Unknown
SIEMENS MR HEADER	0051xx0B	SH	1	AcquisitionMatrixText
SIEMENS MR HEADER	0051xx0C	SH	1	Unknown
SIEMENS MR HEADER	0051xx0D	SH	1	Unknown
SIEMENS MR HEADER	0051xx0E	SH	1	Unknown
SIEMENS MR HEADER	0051xx0F	LO	1	CoilString
SIEMENS MR HEADER	0051xx11	LO	1	PATModeText
SIEMENS MR HEADER	0051xx12	SH	1	Unknown
SIEMENS MR HEADER	0051xx13	SH	1	PositivePCSDirections
SIEMENS MR HEADER	0051xx15	SH	1	Unknown
SIEMENS MR HEADER	0051xx16	LO	1	Unknown
SIEMENS MR HEADER	0051xx17	SH	1	Unknown
SIEMENS MR HEADER	0051xx18	SH	1	Unknown
SIEMENS MR HEADER	0051xx19	LO	1	Unknown
SIEMENS MR SDI 02	00210023	UN	1	Unknown
SIEMENS MR SDI 02	00210046	UN	1	Unknown
SIEMENS MR SDI 02	00210067	UN	1	Unknown
SIEMENS MR SDI 02	00210068	UN	1	Unknown
SIEMENS MR SDI 02	00210089	UN	1	Unknown
SIEMENS MR SDS 01	0021003F	UN	1	Unknown
SIEMENS MR VA0  COAD	0019xx12	DS	1	Magnetic Field Strength
SIEMENS MR VA0  COAD	0019xx14	DS	1	ADC Voltage
SIEMENS MR VA0  COAD	0019xx16	DS	1-n	ADC Offset
SIEMENS MR VA0  COAD	0019xx20	DS	1	Transmitter Amplitude
SIEMENS MR VA0  COAD	0019xx21	IS	1	Number of Transmitter Amplitudes
SIEMENS MR VA0  COAD	0019xx22	DS	1	Transmitter Attenuator
SIEMENS MR VA0  COAD	0019xx24	DS	1	Transmitter Calibration
SIEMENS MR VA0  COAD	0019xx26	DS	1	Transmitter Reference
SIEMENS MR VA0  COAD	0019xx50	DS	1	Receiver Total Gain
SIEMENS MR VA0  COAD	0019xx51	DS	1	Receiver Amplifier Gain
SIEMENS MR VA0  COAD	0019xx52	DS	1	Receiver Preamplifier Gain
SIEMENS MR VA0  COAD	0019xx54	DS	1	Receiver Cable Attenuation
SIEMENS MR VA0  COAD	0019xx55	DS	1	Receiver Reference Gain
SIEMENS MR VA0  COAD	0019xx56	IS	1	Receiver Filter Frequency
SIEMENS MR VA0  COAD	0019xx60	DS	1	Reconstruction Scale Factor
SIEMENS MR VA0  COAD	0019xx62	DS	1	Reference Scale Factor
SIEMENS MR VA0  COAD	0019xx70	DS	1	Phase Gradient Amplitude
SIEMENS MR VA0  COAD	0019xx71	DS	1	Readout Gradient Amplitude
SIEMENS MR VA0  COAD	0019xx72	DS	1	Selection Gradient Amplitude
SIEMENS MR VA0  COAD	0019xx80	DS	1-n	Gradient Delay Time
SIEMENS MR VA0  COAD	0019xx82	DS	1	Total Gradient Delay Time
SIEMENS MR VA0  COAD	0019xx90	LO	1	Sensitivity Correction Label
SIEMENS MR VA0  COAD	0019xx91	DS	1-5	Saturation Phase Encoding Vector Coronal Component
SIEMENS MR VA0  COAD	0019xx92	DS	1-5	Saturation Readout Vector Coronal Component
SIEMENS MR VA0  COAD	0019xxA0	IS	1	RF Watchdog Mask
SIEMENS MR VA0  COAD	0019xxA1	DS	1	EPI Reconstruction Slope
SIEMENS MR VA0  COAD	0019xxA2	DS	1	RF Power Error Indicator
SIEMENS MR VA0  COAD	0019xxA5	DS	1-n	Specific Absorption Rate SAR
SIEMENS MR VA0  COAD	0019xxA6	DS	1-n	Specific Energy Dose SED
SIEMENS MR VA0  COAD	0019xxB0	UL	1	Adjustment Status Mask
SIEMENS MR VA0  COAD	0019xxC1	DS	1-n	EPI Capacity
SIEMENS MR VA0  COAD	0019xxC2	DS	1-n	EPI Inductance
SIEMENS MR VA0  COAD	0019xxC3	IS	1-n	EPI Switch Configuration Code
SIEMENS MR VA0  COAD	0019xxC4	IS	1-n	EPI Switch Hardware Code
SIEMENS MR VA0  COAD	0019xxC5	DS	1-n	EPI Switch Delay Time
SIEMENS MR VA0  COAD	0019xxD1	DS	1	Flow Sensitivity
SIEMENS MR VA0  COAD	0019xxD2	CS	1	Calculation Submode
SIEMENS MR VA0  COAD	0019xxD3	DS	1	Field of View Ratio
SIEMENS MR VA0  COAD	0019xxD4	IS	1	Base Raw Matrix Size
SIEMENS MR VA0  COAD	0019xxD5	IS	1	2D Phase Oversampling Lines
SIEMENS MR VA0  COAD	0019xxD6	IS	1	3D Phase Oversampling Part
SIEMENS MR VA0  COAD	0019xxD7	IS	1	Echo Line Position
SIEMENS MR VA0  COAD	0019xxD8	IS	1	Echo Column Position
SIEMENS MR VA0  COAD	0019xxD9	IS	1	Lines per Segment
SIEMENS MR VA0  COAD	0019xxDA	CS	1	Phase Coding Direction
SIEMENS MR VA0  GEN	0019xx10	DS	1	Total Measurement Time nominal
SIEMENS MR VA0  GEN	0019xx11	DS	1	Total Measurement Time current
SIEMENS MR VA0  GEN	0019xx12	DS	1	Start Delay Time
SIEMENS MR VA0  GEN	0019xx13	DS	1	Dwell Time
SIEMENS MR VA0  GEN	0019xx14	IS	1	Number of Phases
SIEMENS MR VA0  GEN	0019xx16	UL	1-n	Sequence Control Mask
SIEMENS MR VA0  GEN	0019xx18	UL	1	Measurement Status Mask
SIEMENS MR VA0  GEN	0019xx20	IS	1	Number of Fourier Lines nominal
SIEMENS MR VA0  GEN	0019xx21	IS	1	Number of Fourier Lines current
SIEMENS MR VA0  GEN	0019xx26	IS	1	Number of Fourier Lines after Zero
SIEMENS MR VA0  GEN	0019xx28	IS	1	First Measured Fourier Line
SIEMENS MR VA0  GEN	0019xx30	IS	1	Acquisition Columns
SIEMENS MR VA0  GEN	0019xx31	IS	1	Reconstruction Columns
SIEMENS MR VA0  GEN	0019xx40	IS	1	AC Element Number
SIEMENS MR VA0  GEN	0019xx41	UL	1	AC Element Select Mask
SIEMENS MR VA0  GEN	0019xx42	UL	1	AC Element Data Mask
SIEMENS MR VA0  GEN	0019xx43	IS	1-n	AC Element To ADC Connect
SIEMENS MR VA0  GEN	0019xx44	IS	1-n	AC Element Noise Level
SIEMENS MR VA0  GEN	0019xx45	IS	1	AC ADC Pair Number
SIEMENS MR VA0  GEN	0019xx46	UL	1	AC Combination Mask
SIEMENS MR VA0  GEN	0019xx50	IS	1	Number of Averages current
SIEMENS MR VA0  GEN	0019xx60	DS	1	Flip Angle
SIEMENS MR VA0  GEN	0019xx70	IS	1	Number of Prescans
SIEMENS MR VA0  GEN	0019xx81	CS	1	Filter Type for Raw Data
SIEMENS MR VA0  GEN	0019xx82	DS	1-4	Filter Parameter for Raw Data
SIEMENS MR VA0  GEN	0019xx83	CS	1	Filter Type for Image Data
SIEMENS MR VA0  GEN	0019xx84	DS	1-4	Filter Parameter for Image Data
SIEMENS MR VA0  GEN	0019xx85	CS	1	Filter Type for Phase Correction
SIEMENS MR VA0  GEN	0019xx86	DS	1-4	Filter Parameter for Phase Correction
SIEMENS MR VA0  GEN	0019xx87	CS	1	Normalization Filter Type for Image Data
SIEMENS MR VA0  GEN	0019xx88	DS	1-4	Normalization Filter Parameter for Image Data
SIEMENS MR VA0  GEN	0019xx90	IS	1	Number of Saturation Regions
SIEMENS MR VA0  GEN	0019xx91	DS	1-5	Saturation Phase Encoding Vector Sagittal Compo...
SIEMENS MR VA0  GEN	0019xx92	DS	1-5	Saturation Readout Vector Sagittal Component
SIEMENS MR VA0  GEN	0019xx93	IS	1	EPI Stimulation Monitor Mode
SIEMENS MR VA0  GEN	0019xx94	DS	1	Image Rotation Angle
SIEMENS MR VA0  GEN	0019xx96	UL	1-n	Coil ID Mask
SIEMENS MR VA0  GEN	0019xx97	UL	1-n	Coil Class Mask
SIEMENS MR VA0  GEN	0019xx98	DS	1-n	Coil Position
SIEMENS MR VA0  GEN	0019xxA0	DS	1	EPI Reconstruction Phase
SIEMENS MR VA0  GEN	0019xxA1	DS	1	EPI Reconstruction Slope
SIEMENS MR VA0  GEN	0021xx20	IS	1	Phase Corrections Rows sequence
SIEMENS MR VA0  GEN	0021xx21	IS	1	Phase Corrections Columns sequence
SIEMENS MR VA0  GEN	0021xx22	IS	1	Phase Corrections Rows reconstruction
SIEMENS MR VA0  GEN	0021xx24	IS	1	Phase Corrections Columns reconstruction
SIEMENS MR VA0  GEN	0021xx30	IS	1	Number of 3D Raw Partitions nominal
SIEMENS MR VA0  GEN	0021xx31	IS	1	Number of 3D Raw Partitions current
SIEMENS MR VA0  GEN	0021xx34	IS	1	Number of 3D Image Partitions
SIEMENS MR VA0  GEN	0021xx36	IS	1	Actual 3D Image Partition Number
SIEMENS MR VA0  GEN	0021xx39	DS	1	Slab Thickness
SIEMENS MR VA0  GEN	0021xx40	IS	1	Number of Slices nominal
SIEMENS MR VA0  GEN	0021xx41	IS	1	Number of Slices current
SIEMENS MR VA0  GEN	0021xx42	IS	1	Current Slice Number
SIEMENS MR VA0  GEN	0021xx43	IS	1	Current Group Number
SIEMENS MR VA0  GEN	0021xx44	DS	1	Current Slice Distance Factor
SIEMENS MR VA0  GEN	0021xx45	IS	1	MIP Start Row
SIEMENS MR VA0  GEN	0021xx46	IS	1	MIP Stop Row
SIEMENS MR VA0  GEN	0021xx47	IS	1	MIP Start Column
SIEMENS MR VA0  GEN	0021xx48	IS	1	MIP Stop Column
SIEMENS MR VA0  GEN	0021xx49	IS	1	MIP Start Slice
SIEMENS MR VA0  GEN	0021xx4A	IS	1	MIP Stop Slice
SIEMENS MR VA0  GEN	0021xx4F	CS	1	Order of Slices
SIEMENS MR VA0  GEN	0021xx50	UL	1	Signal Mask
SIEMENS MR VA0  GEN	0021xx52	IS	1	Delay after Trigger
SIEMENS MR VA0  GEN	0021xx53	IS	1	RRInterval
SIEMENS MR VA0  GEN	0021xx54	DS	1	Number of Trigger Pulses
SIEMENS MR VA0  GEN	0021xx56	DS	1	Repetition Time effective
SIEMENS MR VA0  GEN	0021xx57	CS	1	Gate Phase
SIEMENS MR VA0  GEN	0021xx58	DS	1	Gate Threshold
SIEMENS MR VA0  GEN	0021xx59	DS	1	Gated Ratio
SIEMENS MR VA0  GEN	0021xx60	IS	1	Number of Interpolated Images
SIEMENS MR VA0  GEN	0021xx70	IS	1	Number of Echoes
SIEMENS MR VA0  GEN	0021xx72	DS	1	Second Echo Time
SIEMENS MR VA0  GEN	0021xx73	DS	1	Second Repetition Time
SIEMENS MR VA0  GEN	0021xx80	IS	1	Cardiac Code
SIEMENS MR VA0  GEN	0021xx91	DS	1-n	Saturation Phase Encoding Vector Transversal Co...
SIEMENS MR VA0  GEN	0021xx92	DS	1-n	Saturation Readout Vector Transversal Component
SIEMENS MR VA0  GEN	0021xx93	DS	1	EPI Change Value of Magnitude
SIEMENS MR VA0  GEN	0021xx94	DS	1	EPI Change Value of X Component
SIEMENS MR VA0  GEN	0021xx95	DS	1	EPI Change Value of Y Component
SIEMENS MR VA0  GEN	0021xx96	DS	1	EPI Change Value of Z Component
SIEMENS MR VA0  RAW	0021xx00	CS	1	Sequence Type
SIEMENS MR VA0  RAW	0021xx01	IS	1	Vector Size original
SIEMENS MR VA0  RAW	0021xx02	IS	1	Vector Size extended
SIEMENS MR VA0  RAW	0021xx03	DS	1	Acquired Spectral Range
SIEMENS MR VA0  RAW	0021xx04	DS	1-n	VOI Position
SIEMENS MR VA0  RAW	0021xx05	DS	1-n	VOI Size
SIEMENS MR VA0  RAW	0021xx06	IS	1-n	CSI Matrix Size original
SIEMENS MR VA0  RAW	0021xx07	IS	1-n	CSI Matrix Size extended
SIEMENS MR VA0  RAW	0021xx08	DS	1-n	Spatial Grid Shift
SIEMENS MR VA0  RAW	0021xx09	DS	1	Signal Limits Minimum
SIEMENS MR VA0  RAW	0021xx10	DS	1	Signal Limits Maximum
SIEMENS MR VA0  RAW	0021xx11	DS	1	Spec Info Mask
SIEMENS MR VA0  RAW	0021xx12	DS	1	EPI Time Rate of Change of Magnitude
SIEMENS MR VA0  RAW	0021xx13	DS	1	EPI Time Rate of Change of X Component
SIEMENS MR VA0  RAW	0021xx14	DS	1	EPI Time Rate of Change of Y Component
SIEMENS MR VA0  RAW	0021xx15	DS	1	EPI Time Rate of Change of Z Component
SIEMENS MR VA0  RAW	0021xx16	DS	1	EPI Time Rate of Change Legal Limit 1
SIEMENS MR VA0  RAW	0021xx17	IS	1	EPI Operation Mode Flag
SIEMENS MR VA0  RAW	0021xx18	DS	1	EPI Field Calculation Safety Factor
SIEMENS MR VA0  RAW	0021xx19	DS	1	EPI Legal Limit 1 of Change Value
SIEMENS MR VA0  RAW	0021xx20	DS	1	EPI Legal Limit 2 of Change Value
SIEMENS MR VA0  RAW	0021xx21	DS	1	EPI Rise Time
SIEMENS MR VA0  RAW	0021xx30	DS	1-n	AC ADC Offset
SIEMENS MR VA0  RAW	0021xx31	DS	1-n	AC Preamplifier Gain
SIEMENS MR VA0  RAW	0021xx50	CS	1	Saturation Type
SIEMENS MR VA0  RAW	0021xx51	DS	1-n	Saturation Normal Vector
SIEMENS MR VA0  RAW	0021xx52	DS	1-n	Saturation Position Vector
SIEMENS MR VA0  RAW	0021xx53	DS	1-n	Saturation Thickness
SIEMENS MR VA0  RAW	0021xx54	DS	1-n	Saturation Width
SIEMENS MR VA0  RAW	0021xx55	DS	1-n	Saturation Distance
SIEMENS NUMARIS II	7FE3xx00	LO	1	Image Graphics Format Code
SIEMENS NUMARIS II	7FE3xx10	OB	1	Image Graphics
SIEMENS NUMARIS II	7FE3xx20	OB	1	Image Graphics Dummy
SIEMENS RA GEN	0011xx20	UL	1	Total Fluoro TimePatient
SIEMENS RA GEN	0011xx25	UL	1	Dose Area ProductPatient
SIEMENS RA GEN	0011xx30	LO	1	Patient DOB
SIEMENS RA GEN	0011xx35	LO	1	Patient Initial Puck Counter
SIEMENS RA GEN	0011xx40	CS	1	Patient Initial Position
SIEMENS RA GEN	0019xx15	CS	1	Acquired Plane
SIEMENS RA GEN	0019xx20	UL	1	Scene Flag
SIEMENS RA GEN	0019xx22	UL	1	ReferencePhotofile Flag
SIEMENS RA GEN	0019xx24	LO	1	Scene Name
SIEMENS RA GEN	0019xx26	US	1	Acquisition Index
SIEMENS RA GEN	0019xx28	US	1	Mixed Pulse Mode
SIEMENS RA GEN	0019xx2A	US	1	Number of Positions
SIEMENS RA GEN	0019xx2C	US	1	Number of Phases
SIEMENS RA GEN	0019xx2E	US	1-n	Framerate for 8 Positions
SIEMENS RA GEN	0019xx30	US	1-n	FramesPhase
SIEMENS RA GEN	0019xx32	US	1	Stepping Direction
SIEMENS RA GEN	0019xx34	US	1	Unknown
SIEMENS RA GEN	0019xx36	US	1	Unknown
SIEMENS RA GEN	0019xx38	US	1	Unknown
SIEMENS RA GEN	0019xx3A	US	1	Unknown
SIEMENS RA GEN	0019xx3C	US	1	Unknown
SIEMENS RA GEN	0019xx3E	US	1	Unknown
SIEMENS RA GEN	0019xx40	US	1	Unknown
SIEMENS RA GEN	0019xx42	US	1	Unknown
SIEMENS RA GEN	0019xx44	US	1	Image Transfer Delay
SIEMENS RA GEN	0019xx46	UL	1	InversNot Invers
SIEMENS RA GEN	0019xx48	US	1	Unknown
SIEMENS RA GEN	0019xx4A	US	1	Unknown
SIEMENS RA GEN	0019xx4C	US	1	Blanking Circle Diameter
SIEMENS RA GEN	0019xx50	US	1	Stand Data Valid
SIEMENS RA GEN	0019xx52	US	1	Table Tilt
SIEMENS RA GEN	0019xx54	US	1	Table Axis Rotation
SIEMENS RA GEN	0019xx56	US	1	Table Longitudinal Position
SIEMENS RA GEN	0019xx58	US	1	Table Side Offset
SIEMENS RA GEN	0019xx5A	US	1	Table Isocenter Height
SIEMENS RA GEN	0019xx5C	UN	1	Unknown
SIEMENS RA GEN	0019xx5E	UL	1	Collimation Data Valid
SIEMENS RA GEN	0019xx60	UL	1	PERI Sequence Number
SIEMENS RA GEN	0019xx62	UL	1	PERI Total Scenes
SIEMENS RA GEN	0019xx64	US	1	PERI Overlap Top
SIEMENS RA GEN	0019xx66	UL	1	PERI Overlap Bottom
SIEMENS RA GEN	0019xx68	UL	1	Raw Image Number
SIEMENS RA GEN	0019xx6A	UL	1	XRay Data Valid
SIEMENS RA GEN	0019xx70	US	1-n	Unknown
SIEMENS RA GEN	0019xx72	US	1-n	Unknown
SIEMENS RA GEN	0019xx74	US	1-n	Unknown
SIEMENS RA GEN	0019xx76	UL	1	Filling Average Factor
SIEMENS RA GEN	0019xx78	US	1-n	Unknown
SIEMENS RA GEN	0019xx7A	US	1-n	Unknown
SIEMENS RA GEN	0019xx7C	US	1-n	Unknown
SIEMENS RA GEN	0019xx7E	US	1-n	Unknown
SIEMENS RA GEN	0019xx80	US	1-n	Unknown
SIEMENS RA GEN	0019xx82	US	1-n	Unknown
SIEMENS RA GEN	0019xx84	US	1-n	Unknown
SIEMENS RA GEN	0019xx86	US	1-n	Unknown
SIEMENS RA GEN	0019xx88	US	1-n	Unknown
SIEMENS RA GEN	0019xx8A	US	1-n	Unknown
SIEMENS RA GEN	0019xx8C	US	1-n	Unknown
SIEMENS RA GEN	0019xx8E	US	1-n	Unknown
SIEMENS RA GEN	0019xx92	US	1-n	Unknown
SIEMENS RA GEN	0019xx94	US	1-n	Unknown
SIEMENS RA GEN	0019xx96	US	1-n	Unknown
SIEMENS RA GEN	0019xx98	US	1-n	Unknown
SIEMENS RA GEN	0019xx9A	US	1-n	Unknown
SIEMENS RA GEN	0019xx9C	UL	1	II Level CalibrationFactor
SIEMENS RA GEN	0019xx9E	UL	1	Nativ Review Flag
SIEMENS RA GEN	0021xx15	US	1	Images in Study
SIEMENS RA GEN	0021xx20	US	1	Scenes in Study
SIEMENS RA GEN	0021xx25	US	1	Images in Photofile
SIEMENS RA GEN	0021xx30	US	1	Images in All Scenes
SIEMENS RA GEN	0021xx40	US	1	Unknown
SIEMENS RA PLANE A	0019xx20	UL	1	System Calibration Factor Plane A
SIEMENS RA PLANE A	0019xx22	US	1	XRay Parameter Set Number
SIEMENS RA PLANE A	0019xx24	US	1	XRay System
SIEMENS RA PLANE A	0019xx26	US	1	Unknown
SIEMENS RA PLANE A	0019xx28	US	1	Acquired Display Mode
SIEMENS RA PLANE A	0019xx2A	US	1	Unknown
SIEMENS RA PLANE A	0019xx2C	US	1	Acquisition Framerate
SIEMENS RA PLANE A	0019xx2E	US	1	Maximum Frame Limit
SIEMENS RA PLANE A	0019xx30	US	1	Native Filter Type
SIEMENS RA PLANE A	0019xx32	US	1	Subtracted Filter Type
SIEMENS RA PLANE A	0019xx34	US	1	Filter Factor Native
SIEMENS RA PLANE A	0019xx36	US	1	Anatomic Blackground Factor
SIEMENS RA PLANE A	0019xx38	US	1	Window Upper Limit Native
SIEMENS RA PLANE A	0019xx3A	US	1	Window Lower Limit Native
SIEMENS RA PLANE A	0019xx3C	US	1	Window Brightness Phase 1 Sub
SIEMENS RA PLANE A	0019xx3E	US	1	Window Brightness Phase 2 Sub
SIEMENS RA PLANE A	0019xx40	US	1	Window Contrast Phase 1 Sub
SIEMENS RA PLANE A	0019xx42	US	1	Window Contrast Phase 2 Sub
SIEMENS RA PLANE A	0019xx44	US	1	Filter Factor Subtraction
SIEMENS RA PLANE A	0019xx46	US	1	Peak Opacified
SIEMENS RA PLANE A	0019xx48	UL	1	Mask Frame
SIEMENS RA PLANE A	0019xx4A	UL	1	BIH Frame
SIEMENS RA PLANE A	0019xx4C	US	1	Center Beam Angulation CaudCran
SIEMENS RA PLANE A	0019xx4E	US	1	Center Beam Angulation LR Anterior
SIEMENS RA PLANE A	0019xx50	US	1	Longitudinal Position
SIEMENS RA PLANE A	0019xx52	US	1	Side Offset
SIEMENS RA PLANE A	0019xx54	US	1	Isocenter Height
SIEMENS RA PLANE A	0019xx56	US	1	Image Twist
SIEMENS RA PLANE A	0019xx58	US	1	SourceImage Distance
SIEMENS RA PLANE A	0019xx5A	US	1	Mechanical Magnet Factor
SIEMENS RA PLANE A	0019xx5C	UL	1	Calibration Flag
SIEMENS RA PLANE A	0019xx5E	UL	1	Calibration Angle CranCaud
SIEMENS RA PLANE A	0019xx60	UL	1	Calibration Angle RAOLAO
SIEMENS RA PLANE A	0019xx62	UL	1	Calibration Table to Floor Distance
SIEMENS RA PLANE A	0019xx64	UL	1	Calibration Isocenter to Floor Distance
SIEMENS RA PLANE A	0019xx66	UL	1	Calibration Isocenter to Source Distance
SIEMENS RA PLANE A	0019xx68	UL	1	Calibration Source to II Distance
SIEMENS RA PLANE A	0019xx6A	UL	1	Calibration II Zoom
SIEMENS RA PLANE A	0019xx6C	UL	1	Calibration II Field
SIEMENS RA PLANE A	0019xx6E	UL	1	Calibration Factor
SIEMENS RA PLANE A	0019xx70	UL	1	Calibration Object to Image Distance
SIEMENS RA PLANE A	0019xx72	UL	1-n	Calibration System Factor
SIEMENS RA PLANE A	0019xx74	UL	1-n	Calibration System Correction
SIEMENS RA PLANE A	0019xx76	UL	1-n	Calibration System II Formats
SIEMENS RA PLANE A	0019xx78	UL	1	Calibration Gantry Data Valid
SIEMENS RA PLANE A	0019xx7A	US	1	Collimator Square Breadth
SIEMENS RA PLANE A	0019xx7C	US	1	Collimator Square Height
SIEMENS RA PLANE A	0019xx7E	US	1	Collimator Square Diameter
SIEMENS RA PLANE A	0019xx80	US	1	Collimator Finger Turn Angle
SIEMENS RA PLANE A	0019xx82	US	1	Collimator Finger Position
SIEMENS RA PLANE A	0019xx84	US	1	Collimator Diaphragm Turn Angle
SIEMENS RA PLANE A	0019xx86	US	1	Collimator Diagphragm Position 1
SIEMENS RA PLANE A	0019xx88	US	1	Collimator Diaphragm Position 2
SIEMENS RA PLANE A	0019xx8A	US	1	Collimator Diaphragm Mode
SIEMENS RA PLANE A	0019xx8C	US	1	Collimator Beam Limit Breadth
SIEMENS RA PLANE A	0019xx8E	US	1	Collimator Beam Limit Height
SIEMENS RA PLANE A	0019xx90	US	1	Collimator Beam Limit Diameter
SIEMENS RA PLANE A	0019xx92	US	1	XRay Control Mode
SIEMENS RA PLANE A	0019xx94	US	1	XRay System
SIEMENS RA PLANE A	0019xx96	US	1	Focal Spot
SIEMENS RA PLANE A	0019xx98	US	1	Exposure Control
SIEMENS RA PLANE A	0019xx9A	US	1	XRay Voltage
SIEMENS RA PLANE A	0019xx9C	US	1	XRay Current
SIEMENS RA PLANE A	0019xx9E	UL	1	XRay Current Time Product
SIEMENS RA PLANE A	0019xxA0	US	1	Pulse Time
SIEMENS RA PLANE A	0019xxA2	US	1	Scene Time Fluoro Clock
SIEMENS RA PLANE A	0019xxA4	US	1	Maximum PulseRate
SIEMENS RA PLANE A	0019xxA6	US	1	Pulses per Scene
SIEMENS RA PLANE A	0019xxA8	UL	1	Dose Area Product of Scene
SIEMENS RA PLANE A	0019xxAA	US	1	Dose
SIEMENS RA PLANE A	0019xxAC	US	1	Dose Rate
SIEMENS RA PLANE B	0019xx20	UL	1	System Calibration Factor Plane B
SIEMENS RA PLANE B	0019xx22	US	1	XRay Parameter Set Number
SIEMENS RA PLANE B	0019xx24	US	1	XRay System
SIEMENS RA PLANE B	0019xx26	US	1	Unknown
SIEMENS RA PLANE B	0019xx28	US	1	Acquired Display Mode
SIEMENS RA PLANE B	0019xx2A	US	1	Unknown
SIEMENS RA PLANE B	0019xx2C	US	1	Acquisition Framerate
SIEMENS RA PLANE B	0019xx2E	US	1	Maximum Frame Limit
SIEMENS RA PLANE B	0019xx30	US	1	Native Filter Type
SIEMENS RA PLANE B	0019xx32	US	1	Subtracted Filter Type
SIEMENS RA PLANE B	0019xx34	US	1	Filter Factor Native
SIEMENS RA PLANE B	0019xx36	US	1	Anatomic Blackground Factor
SIEMENS RA PLANE B	0019xx38	US	1	Window Upper Limit Native
SIEMENS RA PLANE B	0019xx3A	US	1	Window Lower Limit Native
SIEMENS RA PLANE B	0019xx3C	US	1	Window Brightness Phase 1 Sub
SIEMENS RA PLANE B	0019xx3E	US	1	Window Brightness Phase 2 Sub
SIEMENS RA PLANE B	0019xx40	US	1	Window Contrast Phase 1 Sub
SIEMENS RA PLANE B	0019xx42	US	1	Window Contrast Phase 2 Sub
SIEMENS RA PLANE B	0019xx44	US	1	Filter Factor Subtraction
SIEMENS RA PLANE B	0019xx46	US	1	Peak Opacified
SIEMENS RA PLANE B	0019xx48	UL	1	Mask Frame
SIEMENS RA PLANE B	0019xx4A	UL	1	BIH Frame
SIEMENS RA PLANE B	0019xx4C	US	1	Center Beam Angulation CaudCran
SIEMENS RA PLANE B	0019xx4E	US	1	Center Beam Angulation LR Anterior
SIEMENS RA PLANE B	0019xx50	US	1	Longitudinal Position
SIEMENS RA PLANE B	0019xx52	US	1	Side Offset
SIEMENS RA PLANE B	0019xx54	US	1	Isocenter Height
SIEMENS RA PLANE B	0019xx56	US	1	Image Twist
SIEMENS RA PLANE B	0019xx58	US	1	SourceImage Distance
SIEMENS RA PLANE B	0019xx5A	US	1	Mechanical Magnet Factor
SIEMENS RA PLANE B	0019xx5C	UL	1	Calibration Flag
SIEMENS RA PLANE B	0019xx5E	UL	1	Calibration Angle CranCaud
SIEMENS RA PLANE B	0019xx60	UL	1	Calibration Angle RAOLAO
SIEMENS RA PLANE B	0019xx62	UL	1	Calibration Table to Floor Distance
SIEMENS RA PLANE B	0019xx64	UL	1	Calibration Isocenter to Floor Distance
SIEMENS RA PLANE B	0019xx66	UL	1	Calibration Isocenter to Source Distance
SIEMENS RA PLANE B	0019xx68	UL	1	Calibration Source to II Distance
SIEMENS RA PLANE B	0019xx6A	UL	1	Calibration II Zoom
SIEMENS RA PLANE B	0019xx6C	UL	1	Calibration II Field
SIEMENS RA PLANE B	0019xx6E	UL	1	Calibration Factor
SIEMENS RA PLANE B	0019xx70	UL	1	Calibration Object to Image Distance
SIEMENS RA PLANE B	0019xx72	UL	1-n	Calibration System Factor
SIEMENS RA PLANE B	0019xx74	UL	1-n	Calibration System Correction
SIEMENS RA PLANE B	0019xx76	UL	1-n	Calibration System II Formats
SIEMENS RA PLANE B	0019xx78	UL	1	Calibration Gantry Data Valid
SIEMENS RA PLANE B	0019xx7A	US	1	Collimator Square Breadth
SIEMENS RA PLANE B	0019xx7C	US	1	Collimator Square Height
SIEMENS RA PLANE B	0019xx7E	US	1	Collimator Square Diameter
SIEMENS RA PLANE B	0019xx80	US	1	Collimator Finger Turn Angle
SIEMENS RA PLANE B	0019xx82	US	1	Collimator Finger Position
SIEMENS RA PLANE B	0019xx84	US	1	Collimator Diaphragm Turn Angle
SIEMENS RA PLANE B	0019xx86	US	1	Collimator Diagphragm Position 1
SIEMENS RA PLANE B	0019xx88	US	1	Collimator Diaphragm Position 2
SIEMENS RA PLANE B	0019xx8A	US	1	Collimator Diaphragm Mode
SIEMENS RA PLANE B	0019xx8C	US	1	Collimator Beam Limit Breadth
SIEMENS RA PLANE B	0019xx8E	US	1	Collimator Beam Limit Height
SIEMENS RA PLANE B	0019xx90	US	1	Collimator Beam Limit Diameter
SIEMENS RA PLANE B	0019xx92	US	1	XRay Control Mode
SIEMENS RA PLANE B	0019xx94	US	1	XRay System
SIEMENS RA PLANE B	0019xx96	US	1	Focal Spot
SIEMENS RA PLANE B	0019xx98	US	1	Exposure Control
SIEMENS RA PLANE B	0019xx9A	US	1	XRay Voltage
SIEMENS RA PLANE B	0019xx9C	US	1	XRay Current
SIEMENS RA PLANE B	0019xx9E	UL	1	XRay Current Time Product
SIEMENS RA PLANE B	0019xxA0	US	1	Pulse Time
SIEMENS RA PLANE B	0019xxA2	US	1	Scene Time Fluoro Clock
SIEMENS RA PLANE B	0019xxA4	US	1	Maximum PulseRate
SIEMENS RA PLANE B	0019xxA6	US	1	Pulses per Scene
SIEMENS RA PLANE B	0019xxA8	UL	1	Dose Area Product of Scene
SIEMENS RA PLANE B	0019xxAA	US	1	Dose
SIEMENS RA PLANE B	0019xxAC	US	1	Dose Rate
SIEMENS RIS	0011xx10	LO	1	Patient UID
SIEMENS RIS	0011xx11	LO	1	Patient ID
SIEMENS RIS	0011xx20	DA	1	Patient Registration Date
SIEMENS RIS	0011xx21	TM	1	Patient Registration Time
SIEMENS RIS	0011xx30	PN	1	Patient NameRIS
SIEMENS RIS	0011xx31	PN	1	Patient Prename
SIEMENS RIS	0011xx40	LO	1	Patient Hospital Status
SIEMENS RIS	0011xx41	LO	1	Medical Alerts
SIEMENS RIS	0011xx42	LO	1	Contrast Allergy
SIEMENS RIS	0031xx10	LO	1	Request UID
SIEMENS RIS	0031xx45	LO	1	Requesting Physician
SIEMENS RIS	0031xx50	LO	1	Requested Physician
SIEMENS RIS	0033xx10	LO	1	Patient Study UID
SIEMENS SIENET	0019xx01	DS	1	Unknown
SIEMENS SMS-AX  ACQ 1.0	0021xx00	US	1	Acquisition Type
SIEMENS SMS-AX  ACQ 1.0	0021xx01	US	1	Acquisition Mode
SIEMENS SMS-AX  ACQ 1.0	0021xx02	US	1	Footswitch Index
SIEMENS SMS-AX  ACQ 1.0	0021xx03	US	1	Acquisition Room
SIEMENS SMS-AX  ACQ 1.0	0021xx04	SL	1	Current Time Product
SIEMENS SMS-AX  ACQ 1.0	0021xx05	SL	1	Dose
SIEMENS SMS-AX  ACQ 1.0	0021xx06	SL	1	Skin Dose Percent
SIEMENS SMS-AX  ACQ 1.0	0021xx07	SL	1	Skin Dose Accumulation
SIEMENS SMS-AX  ACQ 1.0	0021xx08	SL	1	Skin Dose Rate
SIEMENS SMS-AX  ACQ 1.0	0021xx09	UL	1	Impac Filename
SIEMENS SMS-AX  ACQ 1.0	0021xx0A	UL	1	Copper Filter
SIEMENS SMS-AX  ACQ 1.0	0021xx0B	US	1	Measuring Field
SIEMENS SMS-AX  ACQ 1.0	0021xx0C	SS	3	Post Blanking Circle
SIEMENS SMS-AX  ACQ 1.0	0021xx0D	SS	2-2n	Dyna Angles
SIEMENS SMS-AX  ACQ 1.0	0021xx0E	SS	1	Total Steps
SIEMENS SMS-AX  ACQ 1.0	0021xx0F	SL	3-3n	Dyna X-Ray Info
SIEMENS SMS-AX  ACQ 1.0	0021xx10	US	1	Modality LUT Input Gamma
SIEMENS SMS-AX  ACQ 1.0	0021xx11	US	1	Modality LUT Output Gamma
SIEMENS SMS-AX  ACQ 1.0	0021xx12	OB	1-n	SH_STPAR
SIEMENS SMS-AX  ACQ 1.0	0021xx13	US	1	Acquisition Zoom
SIEMENS SMS-AX  ACQ 1.0	0021xx14	SS	1	Dyna Angulation Step Width
SIEMENS SMS-AX  ACQ 1.0	0021xx15	US	1	Harmonization
SIEMENS SMS-AX  ACQ 1.0	0021xx16	US	1	DR Single Flag
SIEMENS SMS-AX  ACQ 1.0	0021xx17	SL	1	Source to Isocenter
SIEMENS SMS-AX  ACQ 1.0	0021xx18	US	1	Pressure Data
SIEMENS SMS-AX  ACQ 1.0	0021xx19	SL	1	ECG Index Array
SIEMENS SMS-AX  ACQ 1.0	0021xx1A	US	1	FD Flag
SIEMENS SMS-AX  ACQ 1.0	0021xx1B	OB	1	SH_ZOOM
SIEMENS SMS-AX  ACQ 1.0	0021xx1C	OB	1	SH_COLPAR
SIEMENS SMS-AX  ACQ 1.0	0021xx1D	US	1	K-Factor
SIEMENS SMS-AX  ACQ 1.0	0021xx1E	US	8	EVE
SIEMENS SMS-AX  ACQ 1.0	0021xx1F	SL	1	Total Scene Time
SIEMENS SMS-AX  ACQ 1.0	0021xx20	US	1	Restore Flag
SIEMENS SMS-AX  ACQ 1.0	0021xx21	US	1	Stand Movement Flag
SIEMENS SMS-AX  ACQ 1.0	0021xx22	US	1	FD Rows
SIEMENS SMS-AX  ACQ 1.0	0021xx23	US	1	FD Columns
SIEMENS SMS-AX  ACQ 1.0	0021xx24	US	1	Table Movement Flag
SIEMENS SMS-AX  ACQ 1.0	0021xx25	LO	1	Original Organ Program Name
SIEMENS SMS-AX  ACQ 1.0	0021xx26	DS	1	Crispy XPI Filter
SIEMENS SMS-AX  ACQ 1.0	0021xx28	SQ	1	Unknown
SIEMENS SMS-AX  ACQ 1.0	0021xx30	OB	1	Unknown
SIEMENS SMS-AX  ACQ 1.0	0021xx40	US	3	Unknown
SIEMENS SMS-AX  ACQ 1.0	0021xx41	LO	1	Unknown
SIEMENS SMS-AX  ACQ 1.0	0021xx42	US	1-n	Unknown
SIEMENS SMS-AX  ACQ 1.0	0021xx57	SS	1-3	Unknown
SIEMENS SMS-AX  ACQ 1.0	0021xx58	DS	1	Unknown
SIEMENS SMS-AX  ACQ 1.0	0021xx71	DS	1	Unknown
SIEMENS SMS-AX  ORIGINAL IMAGE INFO 1.0	0025xx00	US	1	View Native
SIEMENS SMS-AX  ORIGINAL IMAGE INFO 1.0	0025xx01	US	1	Original Series Number
SIEMENS SMS-AX  ORIGINAL IMAGE INFO 1.0	0025xx02	US	1	Original Image Number
SIEMENS SMS-AX  ORIGINAL IMAGE INFO 1.0	0025xx03	US	1	Win Center
SIEMENS SMS-AX  ORIGINAL IMAGE INFO 1.0	0025xx04	US	1	Win Width
SIEMENS SMS-AX  ORIGINAL IMAGE INFO 1.0	0025xx05	US	1	Win Brightness
SIEMENS SMS-AX  ORIGINAL IMAGE INFO 1.0	0025xx06	US	1	Win Contrast
SIEMENS SMS-AX  ORIGINAL IMAGE INFO 1.0	0025xx07	US	1	Original Frame Number
SIEMENS SMS-AX  ORIGINAL IMAGE INFO 1.0	0025xx08	US	1	Original Mask Frame Number
SIEMENS SMS-AX  ORIGINAL IMAGE INFO 1.0	0025xx09	US	1	Opac
SIEMENS SMS-AX  ORIGINAL IMAGE INFO 1.0	0025xx0A	US	1	Original Number of Frames
SIEMENS SMS-AX  ORIGINAL IMAGE INFO 1.0	0025xx0B	DS	1	Original Scene Duration
SIEMENS SMS-AX  ORIGINAL IMAGE INFO 1.0	0025xx0C	LO	1	Identifier LOID
SIEMENS SMS-AX  ORIGINAL IMAGE INFO 1.0	0025xx0D	SS	1-n	Original Scene VFR Info
SIEMENS SMS-AX  ORIGINAL IMAGE INFO 1.0	0025xx0E	SS	1	Original Frame ECG Position
SIEMENS SMS-AX  ORIGINAL IMAGE INFO 1.0	0025xx0F	SS	1	Original ECG 1st Frame Offset (retired)
SIEMENS SMS-AX  ORIGINAL IMAGE INFO 1.0	0025xx10	SS	1	Zoom Flag
SIEMENS SMS-AX  ORIGINAL IMAGE INFO 1.0	0025xx11	US	1	Flex
SIEMENS SMS-AX  ORIGINAL IMAGE INFO 1.0	0025xx12	US	1	Number of Mask Frames
SIEMENS SMS-AX  ORIGINAL IMAGE INFO 1.0	0025xx13	US	1	Number of Fill Frames
SIEMENS SMS-AX  ORIGINAL IMAGE INFO 1.0	0025xx14	IS	1	Series Number
SIEMENS SMS-AX  ORIGINAL IMAGE INFO 1.0	0025xx15	IS	1	Image Number
SIEMENS SMS-AX  ORIGINAL IMAGE INFO 1.0	0025xx16	IS	1	Unknown
SIEMENS SMS-AX  QUANT 1.0	0023xx00	DS	2	Horizontal Calibration Pixel Size
SIEMENS SMS-AX  QUANT 1.0	0023xx01	DS	2	Vertical Calibration Pixel Size
SIEMENS SMS-AX  QUANT 1.0	0023xx02	LO	1	Calibration Object
SIEMENS SMS-AX  QUANT 1.0	0023xx03	DS	1	Calibration Object Size
SIEMENS SMS-AX  QUANT 1.0	0023xx04	LO	1	Calibration Method
SIEMENS SMS-AX  QUANT 1.0	0023xx05	ST	1	Filename
SIEMENS SMS-AX  QUANT 1.0	0023xx06	IS	1	Frame Number
SIEMENS SMS-AX  QUANT 1.0	0023xx07	IS	2	Calibration Factor Multiplicity
SIEMENS SMS-AX  QUANT 1.0	0023xx08	IS	1	Calibration TOD Value
SIEMENS SMS-AX  VIEW 1.0	0019xx00	US	1	Review Mode
SIEMENS SMS-AX  VIEW 1.0	0019xx01	US	1	Anatomical Background Percent
SIEMENS SMS-AX  VIEW 1.0	0019xx02	US	1	Number of Phases
SIEMENS SMS-AX  VIEW 1.0	0019xx03	US	1	Apply Anatomical Background
SIEMENS SMS-AX  VIEW 1.0	0019xx04	SS	4-4n	Pixel Shift Array
SIEMENS SMS-AX  VIEW 1.0	0019xx05	US	1	Brightness
SIEMENS SMS-AX  VIEW 1.0	0019xx06	US	1	Contrast
SIEMENS SMS-AX  VIEW 1.0	0019xx07	US	1	Enabled
SIEMENS SMS-AX  VIEW 1.0	0019xx08	US	1	Native Edge Enh. Percent Gain
SIEMENS SMS-AX  VIEW 1.0	0019xx09	SS	1	Native Edge Enh. LUT Index
SIEMENS SMS-AX  VIEW 1.0	0019xx0A	SS	1	Native Edge Enh. Kernel Size
SIEMENS SMS-AX  VIEW 1.0	0019xx0B	US	1	Subtr. Edge Enh. Percent Gain
SIEMENS SMS-AX  VIEW 1.0	0019xx0C	SS	1	Subtr. Edge Enh. LUT Index
SIEMENS SMS-AX  VIEW 1.0	0019xx0D	SS	1	Subtr. Edge Enh. Kernel Size
SIEMENS SMS-AX  VIEW 1.0	0019xx0E	US	1	Fade Percent
SIEMENS SMS-AX  VIEW 1.0	0019xx0F	US	1	Flipped Before Laterality Applied
SIEMENS SMS-AX  VIEW 1.0	0019xx10	US	1	Apply Fade
SIEMENS SMS-AX  VIEW 1.0	0019xx11	US	1	RefImages Taken
SIEMENS SMS-AX  VIEW 1.0	0019xx12	US	1	Zoom
SIEMENS SMS-AX  VIEW 1.0	0019xx13	SS	1	Pan X
SIEMENS SMS-AX  VIEW 1.0	0019xx14	SS	1	Pan Y
SIEMENS SMS-AX  VIEW 1.0	0019xx15	SS	1	Native Edge Enh. Adv Perc. Gain
SIEMENS SMS-AX  VIEW 1.0	0019xx16	SS	1	Subtr. Edge Enh. Adv Perc. Gain
SIEMENS SMS-AX  VIEW 1.0	0019xx17	US	1	Invert Flag
SIEMENS SMS-AX  VIEW 1.0	0019xx1A	OB	1	Quant 1K Overlay
SIEMENS SMS-AX  VIEW 1.0	0019xx1B	US	1	Original Resolution
SIEMENS SMS-AX  VIEW 1.0	0019xx1C	DS	1	Auto Window Center
SIEMENS SMS-AX  VIEW 1.0	0019xx1D	DS	1	Auto Window Width
SIEMENS Selma	0019xx06	IS	1	Unknown
SIEMENS Selma	0019xx07	IS	1	Unknown
SIEMENS Selma	0019xx08	IS	1	Unknown
SIEMENS Selma	0019xx26	LO	1	Unknown
SIEMENS Selma	0019xx29	LO	1	Unknown
SIEMENS Selma	0019xx30	US	1	Unknown
SIEMENS Selma	0019xx31	US	1	Unknown
SIEMENS Selma	0019xx32	US	1	Unknown
SIEMENS Selma	0019xx33	US	1	Unknown
SIEMENS Selma	0019xx34	US	1	Unknown
SIEMENS Selma	0019xx35	US	1	Unknown
SIEMENS WH SR 1.0	0071xx01	LO	1	Unknown
SIEMENS WH SR 1.0	0071xx02	LO	1	Unknown
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx0A	SS	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx0B	SS	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx0C	SS	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx0D	FL	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx0E	LO	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx0F	LO	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx14	US	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx16	US	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx17	US	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx18	US	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx19	US	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx1A	US	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx1B	US	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx1C	US	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx1E	US	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx1F	SS	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx20	SS	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx21	US	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx22	US	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx23	US	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx24	US	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx25	US	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx26	US	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx27	US	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx28	FL	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx29	FL	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx48	SS	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx49	SS	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx4A	SS	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx4B	SS	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx4C	LO	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx4D	SS	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx4E	LO	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx4F	LO	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx50	SS	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx51	FL	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx52	SS	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx53	SS	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx54	SS	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx55	SS	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx5A	OW	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx5B	OW	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx5C	OW	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx64	US	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx66	US	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx67	US	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx68	US	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx85	US	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx86	US	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx87	US	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx88	US	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx89	US	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx8A	US	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx8B	US	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx8C	FL	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx8D	FL	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx8E	US	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xx8F	US	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xxA0	US	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xxA1	US	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xxA2	US	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xxA3	US	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xxA4	US	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xxA5	US	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xxA6	US	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xxB0	DS	1	Internal Data
SIEMENS_FLCOMPACT_VA01A_PROC	0017xxC0	LO	1	Internal Data
SIENET	0009xx01	US	1	SIENET Command Field
SIENET	0009xx14	LO	1	Receiver PLA
SIENET	0009xx16	US	1	Transfer Priority
SIENET	0009xx29	LO	1	Actual User
SIENET	0009xx70	DS	1	Unknown
SIENET	0009xx71	DS	1	Unknown
SIENET	0009xx72	LO	1	Unknown
SIENET	0009xx73	LO	1	Unknown
SIENET	0009xx74	LO	1	Unknown
SIENET	0009xx75	LO	1	Unknown
SIENET	0091xx20	PN	1-n	Patient Name
SIENET	0095xx01	LO	1	Examination Folder ID
SIENET	0095xx04	SL	1	Folder Reported Status
SIENET	0095xx05	LO	1	Folder Reporting Radiologist
SIENET	0095xx07	LO	1	SIENET ISA PLA
SIENET	0095xx0C	SL	1	Folder Rebuild Status
SIENET	0095xx20	UN	1	Unknown
SIENET	0095xxFB	ST	1	Unknown
SIENET	0099xx02	UL	1	Key Images
SIENET	0099xx05	SL	1	Image Number
SPI	0009xx10	LO	1	Comments
SPI	0009xx15	LO	1	Unique Identifier
SPI	0009xx40	US	1	Data Object Type
SPI	0009xx41	SH	1	Data Object Subtype
SPI	0011xx10	LO	1	Organ
SPI	0011xx15	LO	1	Allergy Indication
SPI	0011xx20	CS	1	Pregnancy
SPI	0029xx60	LO	1	Compression Algorithm
SPI RELEASE 1	0009xx10	LO	1	Comments
SPI RELEASE 1	0009xx15	LO	1	Unique Identifier
SPI RELEASE 1	0009xx40	US	1	Data Object Type
SPI RELEASE 1	0009xx41	SH	1	Data Object Subtype
SPI RELEASE 1	0011xx10	LO	1	Organ
SPI RELEASE 1	0011xx15	LO	1	Allergy Indication
SPI RELEASE 1	0011xx20	CS	1	Pregnancy
SPI RELEASE 1	0029xx60	LO	1	Compression Algorithm
SPI Release 1	0009xx08	CS	1	Unknown
SPI Release 1	0009xx10	LO	1	Comments
SPI Release 1	0009xx15	LO	1	UID
SPI Release 1	0009xx40	US	1	Data Object Type
SPI Release 1	0009xx41	SH	1	Data Object Subtype
SPI Release 1	0011xx10	LO	1	Organ
SPI Release 1	0011xx15	LO	1	Allergy Indication
SPI Release 1	0011xx20	LO	1	Pregnancy
SPI Release 1	0029xx60	LO	1	Compression Algorithm
SPI-P Release 1	0009xx00	LT	1	Data Object Recognition Code
SPI-P Release 1	0009xx04	LO	1-n	Image Data Consistency
SPI-P Release 1	0009xx08	US	1	Unknown
SPI-P Release 1	0009xx12	LO	1	Unknown
SPI-P Release 1	0009xx15	LO	1	Unique Identifier
SPI-P Release 1	0009xx16	LO	1	Unknown
SPI-P Release 1	0009xx18	LO	1	Unknown
SPI-P Release 1	0009xx21	LT	1	Unknown
SPI-P Release 1	0009xx22	LO	1	Unknown
SPI-P Release 1	0009xx31	LO	1	PACS Unique Identifier
SPI-P Release 1	0009xx34	LO	1	Cluster Unique Identifier
SPI-P Release 1	0009xx38	LO	1	System Unique Identifier
SPI-P Release 1	0009xx39	LO	1	Unknown
SPI-P Release 1	0009xx40	LO	1	Unknown
SPI-P Release 1	0009xx41	LO	1	Unknown
SPI-P Release 1	0009xx51	LO	1	Study Unique Identifier
SPI-P Release 1	0009xx61	LO	1	Series Unique Identifier
SPI-P Release 1	0009xx91	LT	1	Unknown
SPI-P Release 1	0009xxA0	UN	1	Unknown
SPI-P Release 1	0009xxF2	LT	1	Unknown
SPI-P Release 1	0009xxF3	UN	1	Unknown
SPI-P Release 1	0009xxF4	LT	1	Unknown
SPI-P Release 1	0009xxF5	UN	1	Unknown
SPI-P Release 1	0009xxF7	LT	1	Unknown
SPI-P Release 1	0011xx10	LT	1	Patient Entry ID
SPI-P Release 1	0011xx20	UN	1	Unknown
SPI-P Release 1	0011xx21	UN	1	Unknown
SPI-P Release 1	0011xx22	UN	1	Unknown
SPI-P Release 1	0011xx30	UN	1	Unknown
SPI-P Release 1	0011xx31	UN	1	Unknown
SPI-P Release 1	0011xx32	UN	1	Unknown
SPI-P Release 1	0019xx00	LO	1	Unknown
SPI-P Release 1	0019xx01	LO	1	Unknown
SPI-P Release 1	0019xx02	UN	1	Unknown
SPI-P Release 1	0019xx10	US	1	Mains Frequency
SPI-P Release 1	0019xx25	LO	1-n	Original Pixel Data Quality
SPI-P Release 1	0019xx30	US	1	ECG Triggering
SPI-P Release 1	0019xx31	UN	1	ECG 1 Offset
SPI-P Release 1	0019xx32	UN	1	ECG 2 Offset 1
SPI-P Release 1	0019xx33	UN	1	ECG 2 Offset 2
SPI-P Release 1	0019xx50	US	1	Video Scan Mode
SPI-P Release 1	0019xx51	US	1	Video LineRate
SPI-P Release 1	0019xx60	US	1	Xray Technique
SPI-P Release 1	0019xx61	DS	1	Image Identifier Format
SPI-P Release 1	0019xx62	US	1	Iris Diaphragm
SPI-P Release 1	0019xx63	CS	1	Filter
SPI-P Release 1	0019xx64	CS	1	Cine Parallel
SPI-P Release 1	0019xx65	CS	1	Cine Master
SPI-P Release 1	0019xx70	US	1	Exposure Channel
SPI-P Release 1	0019xx71	UN	1	Exposure Channel First Image
SPI-P Release 1	0019xx72	US	1	Processing Channel
SPI-P Release 1	0019xx80	DS	1	Acquisition Delay
SPI-P Release 1	0019xx81	UN	1	Relative Image Time
SPI-P Release 1	0019xx90	CS	1	Video White Compression
SPI-P Release 1	0019xxA0	US	1	Angulation
SPI-P Release 1	0019xxA1	US	1	Rotation
SPI-P Release 1	0021xx12	LT	1	Series Unique Identifier
SPI-P Release 1	0021xx14	LT	1	Unknown
SPI-P Release 1	0029xx00	DS	4	Unknown
SPI-P Release 1	0029xx20	DS	1	Pixel Aspect Ratio
SPI-P Release 1	0029xx25	LO	1-n	Processed Pixel Data Quality
SPI-P Release 1	0029xx30	LT	1	Unknown
SPI-P Release 1	0029xx38	US	1	Unknown
SPI-P Release 1	0029xx60	LT	1	Unknown
SPI-P Release 1	0029xx61	LT	1	Unknown
SPI-P Release 1	0029xx67	LT	1	Unknown
SPI-P Release 1	0029xx70	LT	1	Window ID
SPI-P Release 1	0029xx71	CS	1	Video Invert Subtracted
SPI-P Release 1	0029xx72	CS	1	Video Invert Nonsubtracted
SPI-P Release 1	0029xx77	CS	1	Window Select Status
SPI-P Release 1	0029xx78	LT	1	ECG Display Printing ID
SPI-P Release 1	0029xx79	CS	1	ECG Display Printing
SPI-P Release 1	0029xx7E	CS	1	ECG Display Printing Enable Status
SPI-P Release 1	0029xx7F	CS	1	ECG Display Printing Select Status
SPI-P Release 1	0029xx80	LT	1	Physiological Display ID
SPI-P Release 1	0029xx81	US	1	Preferred Physiological Channel Display
SPI-P Release 1	0029xx8E	CS	1	Physiological Display Enable Status
SPI-P Release 1	0029xx8F	CS	1	Physiological Display Select Status
SPI-P Release 1	0029xx90	DS	1-n	Unknown
SPI-P Release 1	0029xx91	US	1	Unknown
SPI-P Release 1	0029xx9F	CS	1	Unknown
SPI-P Release 1	0029xxA0	DS	1-n	Unknown
SPI-P Release 1	0029xxA1	US	1	Unknown
SPI-P Release 1	0029xxAF	CS	1	Unknown
SPI-P Release 1	0029xxB0	DS	1-n	Unknown
SPI-P Release 1	0029xxB1	US	1	Unknown
SPI-P Release 1	0029xxBF	CS	1	Unknown
SPI-P Release 1	0029xxC0	LT	1	Functional Shutter ID
SPI-P Release 1	0029xxC1	US	1	Field Of Shutter
SPI-P Release 1	0029xxC5	LT	1	Field Of Shutter Rectangle
SPI-P Release 1	0029xxCE	CS	1	Shutter Enable Status
SPI-P Release 1	0029xxCF	CS	1	Shutter Select Status
SPI-P Release 1	7FE1xx10	UN	1	Pixel Data
SPI-P Release 1;1	0009xxC0	LT	1	Unknown
SPI-P Release 1;1	0009xxC1	LT	1	Unknown
SPI-P Release 1;1	0019xx00	UN	1	Physiological Data Type
SPI-P Release 1;1	0019xx01	UN	1	Physiological Data Channel And Kind
SPI-P Release 1;1	0019xx02	US	1	Sample Bits Allocated
SPI-P Release 1;1	0019xx03	US	1	Sample Bits Stored
SPI-P Release 1;1	0019xx04	US	1	Sample High Bit
SPI-P Release 1;1	0019xx05	US	1	Sample Representation
SPI-P Release 1;1	0019xx06	UN	1	Smallest Sample Value
SPI-P Release 1;1	0019xx07	UN	1	Largest Sample Value
SPI-P Release 1;1	0019xx08	UN	1	Number Of Samples
SPI-P Release 1;1	0019xx09	UN	1	Sample Data
SPI-P Release 1;1	0019xx0A	UN	1	Sample Rate
SPI-P Release 1;1	0019xx10	UN	1	Physiological Data Type 2
SPI-P Release 1;1	0019xx11	UN	1	Physiological Data Channel And Kind 2
SPI-P Release 1;1	0019xx12	US	1	Sample Bits Allocated 2
SPI-P Release 1;1	0019xx13	US	1	Sample Bits Stored 2
SPI-P Release 1;1	0019xx14	US	1	Sample High Bit 2
SPI-P Release 1;1	0019xx15	US	1	Sample Representation 2
SPI-P Release 1;1	0019xx16	UN	1	Smallest Sample Value 2
SPI-P Release 1;1	0019xx17	UN	1	Largest Sample Value 2
SPI-P Release 1;1	0019xx18	UN	1	Number Of Samples 2
SPI-P Release 1;1	0019xx19	UN	1	Sample Data 2
SPI-P Release 1;1	0019xx1A	UN	1	Sample Rate 2
SPI-P Release 1;1	0021xx41	LO	1	Unknown
SPI-P Release 1;1	0021xx42	US	1	Unknown
SPI-P Release 1;1	0021xx43	US	1	Unknown
SPI-P Release 1;1	0021xx44	DS	1	Unknown
SPI-P Release 1;1	0021xx45	LO	1	Unknown
SPI-P Release 1;1	0021xx50	US	1	Unknown
SPI-P Release 1;1	0021xx51	US	1	Unknown
SPI-P Release 1;1	0021xx52	US	1	Unknown
SPI-P Release 1;1	0021xx60	IS	1-n	Unknown
SPI-P Release 1;1	0021xx61	IS	1-n	Unknown
SPI-P Release 1;1	0021xx67	LO	1-n	Unknown
SPI-P Release 1;1	0021xx6A	DS	1-n	Unknown
SPI-P Release 1;1	0021xx6B	DS	1-n	Unknown
SPI-P Release 1;1	0021xx6C	US	1-n	Unknown
SPI-P Release 1;1	0021xx6D	DS	1-n	Unknown
SPI-P Release 1;1	0021xx6E	US	1-n	Unknown
SPI-P Release 1;1	0021xx6F	DS	1-n	Unknown
SPI-P Release 1;1	0029xx00	LT	1	Zoom ID
SPI-P Release 1;1	0029xx01	DS	1-n	Zoom Rectangle
SPI-P Release 1;1	0029xx03	DS	1	Zoom Factor
SPI-P Release 1;1	0029xx04	US	1	Zoom Function
SPI-P Release 1;1	0029xx0E	CS	1	Zoom Enable Status
SPI-P Release 1;1	0029xx0F	CS	1	Zoom Select Status
SPI-P Release 1;1	0029xx40	LT	1	Magnifying Glass ID
SPI-P Release 1;1	0029xx41	DS	1-n	Magnifying Glass Rectangle
SPI-P Release 1;1	0029xx43	DS	1	Magnifying Glass Factor
SPI-P Release 1;1	0029xx44	US	1	Magnifying Glass Function
SPI-P Release 1;1	0029xx4E	CS	1	Magnifying Glass Enable Status
SPI-P Release 1;1	0029xx4F	CS	1	Magnifying Glass Select Status
SPI-P Release 1;2	0029xx00	LT	1	Subtraction Mask ID
SPI-P Release 1;2	0029xx04	UN	1	Masking Function
SPI-P Release 1;2	0029xx0C	UN	1	Proprietary Masking Parameters
SPI-P Release 1;2	0029xx1E	CS	1	Subtraction Mask Enable Status
SPI-P Release 1;2	0029xx1F	CS	1	Subtraction Mask Select Status
SPI-P Release 1;3	0029xx00	LT	1	Image Enhancement ID
SPI-P Release 1;3	0029xx01	LT	1	Image Enhancement
SPI-P Release 1;3	0029xx02	LT	1	Convolution ID
SPI-P Release 1;3	0029xx03	LT	1	Convolution Type
SPI-P Release 1;3	0029xx04	LT	1	Convolution Kernel Size ID
SPI-P Release 1;3	0029xx05	US	2	Convolution Kernel Size
SPI-P Release 1;3	0029xx06	US	1-n	Convolution Kernel
SPI-P Release 1;3	0029xx0C	DS	1	Enhancement Gain
SPI-P Release 1;3	0029xx1E	CS	1	Image Enhancement Enable Status
SPI-P Release 1;3	0029xx1F	CS	1	Image Enhancement Select Status
SPI-P Release 2;1	0011xx18	LT	1	Unknown
SPI-P Release 2;1	0023xx0D	UI	1	Unknown
SPI-P Release 2;1	0023xx0E	UI	1	Unknown
SPI-P-CTBE Release 1	0019xx00	IS	1	Unknown
SPI-P-CTBE Release 1	0019xx02	IS	1	Unknown
SPI-P-CTBE Release 1	0019xx03	DS	1	Unknown
SPI-P-CTBE Release 1	0019xx04	IS	1	Unknown
SPI-P-CTBE Release 1	0019xx05	DS	1	Unknown
SPI-P-CTBE Release 1	0019xx0B	DS	1	Unknown
SPI-P-CTBE Release 1	0019xx0C	IS	1	Unknown
SPI-P-CTBE Release 1	0019xx14	IS	1	Unknown
SPI-P-CTBE Release 1	0019xx18	IS	1	Unknown
SPI-P-CTBE Release 1	0019xx19	IS	1	Unknown
SPI-P-CTBE Release 1	0019xx1A	DS	1	Unknown
SPI-P-CTBE Release 1	0019xx1B	IS	1	Unknown
SPI-P-CTBE Release 1	0019xx1C	IS	1	Unknown
SPI-P-CTBE Release 1	0019xx1D	DS	1	Unknown
SPI-P-CTBE-Private Release 1	0021xx00	DS	1	Unknown
SPI-P-GV-CT Release 1	0009xx00	LO	1	Unknown
SPI-P-GV-CT Release 1	0009xx10	LO	1	Unknown
SPI-P-GV-CT Release 1	0009xx20	LO	1	Unknown
SPI-P-GV-CT Release 1	0009xx30	LO	1	Unknown
SPI-P-GV-CT Release 1	0009xx40	LO	1	Unknown
SPI-P-GV-CT Release 1	0009xx50	LO	1	Unknown
SPI-P-GV-CT Release 1	0009xx60	LO	1	Unknown
SPI-P-GV-CT Release 1	0009xx70	LO	1	Unknown
SPI-P-GV-CT Release 1	0009xx75	LO	1	Unknown
SPI-P-GV-CT Release 1	0009xx80	LO	1	Unknown
SPI-P-GV-CT Release 1	0009xx90	LO	1	Unknown
SPI-P-GV-CT Release 1	0019xx08	IS	1	Unknown
SPI-P-GV-CT Release 1	0019xx09	IS	1	Unknown
SPI-P-GV-CT Release 1	0019xx0A	IS	1	Unknown
SPI-P-GV-CT Release 1	0019xx10	LO	1	Unknown
SPI-P-GV-CT Release 1	0019xx20	TM	1	Unknown
SPI-P-GV-CT Release 1	0019xx50	LO	1	Unknown
SPI-P-GV-CT Release 1	0019xx60	DS	1	Unknown
SPI-P-GV-CT Release 1	0019xx61	US	1	Unknown
SPI-P-GV-CT Release 1	0019xx63	LO	1	Unknown
SPI-P-GV-CT Release 1	0019xx64	US	1	Unknown
SPI-P-GV-CT Release 1	0019xx65	IS	1	Unknown
SPI-P-GV-CT Release 1	0019xx70	LT	1	Unknown
SPI-P-GV-CT Release 1	0019xx80	LO	1	Unknown
SPI-P-GV-CT Release 1	0019xx81	LO	1	Unknown
SPI-P-GV-CT Release 1	0019xx90	LO	1	Unknown
SPI-P-GV-CT Release 1	0019xxA0	LO	1	Unknown
SPI-P-GV-CT Release 1	0019xxA1	US	1	Unknown
SPI-P-GV-CT Release 1	0019xxA2	US	1	Unknown
SPI-P-GV-CT Release 1	0019xxA3	US	1	Unknown
SPI-P-GV-CT Release 1	0019xxB0	LO	1	Unknown
SPI-P-GV-CT Release 1	0019xxB1	LO	1	Unknown
SPI-P-GV-CT Release 1	0021xx20	LO	1	Unknown
SPI-P-GV-CT Release 1	0021xx30	DS	1	Unknown
SPI-P-GV-CT Release 1	0021xx40	LO	1	Unknown
SPI-P-GV-CT Release 1	0021xx50	LO	1	Unknown
SPI-P-GV-CT Release 1	0021xx60	DS	1	Unknown
SPI-P-GV-CT Release 1	0021xx70	DS	1	Unknown
SPI-P-GV-CT Release 1	0021xx80	DS	1	Unknown
SPI-P-GV-CT Release 1	0021xx90	DS	1	Unknown
SPI-P-GV-CT Release 1	0021xxA0	US	1	Unknown
SPI-P-GV-CT Release 1	0021xxA1	DS	1	Unknown
SPI-P-GV-CT Release 1	0021xxA2	DS	1	Unknown
SPI-P-GV-CT Release 1	0021xxA3	LT	1	Unknown
SPI-P-GV-CT Release 1	0021xxA4	LT	1	Unknown
SPI-P-GV-CT Release 1	0021xxB0	LO	1	Unknown
SPI-P-GV-CT Release 1	0021xxC0	LO	1	Unknown
SPI-P-GV-CT Release 1	0029xx10	LO	1	Unknown
SPI-P-GV-CT Release 1	0029xx30	UL	1	Unknown
SPI-P-GV-CT Release 1	0029xx31	UL	1	Unknown
SPI-P-GV-CT Release 1	0029xx32	UL	1	Unknown
SPI-P-GV-CT Release 1	0029xx33	UL	1	Unknown
SPI-P-GV-CT Release 1	0029xx80	LO	1	Unknown
SPI-P-GV-CT Release 1	0029xx90	LO	1	Unknown
SPI-P-GV-CT Release 1	0029xxD0	IS	1	Unknown
SPI-P-GV-CT Release 1	0029xxD1	IS	1	Unknown
SPI-P-PCR Release 2	0019xx10	US	1	Reader Mode
SPI-P-PCR Release 2	0019xx20	ST	1	MRM Code
SPI-P-PCR Release 2	0019xx30	US	1	Unknown
SPI-P-PCR Release 2	0019xx40	DS	1	Latitude
SPI-P-PCR Release 2	0019xx60	ST	1	View Name
SPI-P-PCR Release 2	0019xx80	US	1	Unknown
SPI-P-PCR Release 2	0019xxA1	ST	1	Unknown
SPI-P-PCR Release 2	0019xxA3	DS	1	Unknown
SPI-P-PCR Release 2	0019xxA4	DS	1	Unknown
SPI-P-PCR Release 2	0019xxA5	DS	1	Unknown
SPI-P-PCR Release 2	0019xxA6	DS	1	Unknown
SPI-P-PCR Release 2	0019xxA7	DS	1	Unknown
SPI-P-PCR Release 2	0019xxA8	DS	1	Unknown
SPI-P-PCR Release 2	0019xxA9	DS	1	Unknown
SPI-P-PCR Release 2	0019xxAA	DS	1	Unknown
SPI-P-PCR Release 2	0019xxAB	DS	1	Unknown
SPI-P-PCR Release 2	0019xxAC	DS	1	Unknown
SPI-P-PCR Release 2	0019xxAD	DS	1	Unknown
SPI-P-PCR Release 2	0019xxAE	DS	1	Unknown
SPI-P-PCR Release 2	0019xxAF	ST	1	Unknown
SPI-P-PCR Release 2	0019xxB0	ST	1	Unknown
SPI-P-PCR Release 2	0019xxB1	ST	1	Unknown
SPI-P-PCR Release 2	0019xxB2	IS	1	Unknown
SPI-P-PCR Release 2	0019xxB3	IS	1	Unknown
SPI-P-PCR Release 2	0019xxB4	IS	1	Unknown
SPI-P-PCR Release 2	0019xxB5	DS	1	Unknown
SPI-P-PCR Release 2	0019xxB6	DS	1	Unknown
SPI-P-PCR Release 2	0019xxB7	ST	1	Unknown
SPI-P-PCR Release 2	0019xxB8	DS	1	Unknown
SPI-P-PCR Release 2	0019xxB9	ST	1	Unknown
SPI-P-PCR Release 2	0019xxBA	ST	1	Unknown
SPI-P-Private-CWS Release 1	0021xx00	LT	1	Window Of Images ID
SPI-P-Private-CWS Release 1	0021xx01	CS	1	Window Of Images Type
SPI-P-Private-CWS Release 1	0021xx02	IS	1-n	WindowOfImagesScope
SPI-P-Private-DCI Release 1	0019xx10	UN	1	Unknown
SPI-P-Private-DCI Release 1	0019xx11	UN	1	Unknown
SPI-P-Private-DCI Release 1	0019xx12	UN	1	Unknown
SPI-P-Private-DCI Release 1	0019xx13	UN	1	Unknown
SPI-P-Private-DCI Release 1	0019xx14	UN	1	Unknown
SPI-P-Private-DCI Release 1	0019xx15	UN	1	Unknown
SPI-P-Private-DCI Release 1	0019xx16	UN	1	Unknown
SPI-P-Private-DCI Release 1	0019xx17	UN	1	Unknown
SPI-P-Private-DiDi Release 1	0019xx00	LT	1	Post Mode String
SPI-P-Private-DiDi Release 1	0019xx01	LT	1	Post Data
SPI-P-Private-DiDi Release 1	0019xx10	LT	1	Image Header
SPI-P-Private-DiDi Release 1	0019xx20	LT	1	SCPreName
SPI-P-Private-DiDi Release 1	0019xx21	IS	1	SCPostNo
SPI-P-Private-DiDi Release 1	0019xx22	LT	1	SCSOPInstanceUID
SPI-P-Private-DiDi Release 1	0019xx23	LT	1	SCCreationDate
SPI-P-Private-DiDi Release 1	0019xx24	LT	1	SCProcessingCategory
SPI-P-Private-DiDi Release 1	0019xx25	LT	1	SCPostMethod
SPI-P-Private-DiDi Release 1	0019xx26	LT	1	SCPostString
SPI-P-Private-DiDi Release 1	0019xx27	LT	1	SCPostString2
SPI-P-Private-DiDi Release 1	0019xx28	LT	1	SCMode
SPI-P-Private-DiDi Release 1	0019xx29	IS	1	SCStCommit
SPI-P-Private-DiDi Release 1	0019xx2A	IS	1	SCExported
SPI-P-Private-DiDi Release 1	0019xx2B	IS	1	SCPrinted
SPI-P-Private-DiDi Release 1	0019xx2C	LT	1	SCOperator
SPI-P-Private-DiDi Release 1	0019xx40	LT	1	SCPreName
SPI-P-Private-DiDi Release 1	0019xx41	IS	1	SCPreType
SPI-P-Private_CDS Release 1	0021xx40	IS	1	Unknown
SPI-P-Private_CDS Release 1	0029xx00	UN	1	Unknown
SPI-P-Private_CDS Release 1	0029xx10	OB	1	Unknown
SPI-P-Private_ICS Release 1	0019xx30	DS	1	Unknown
SPI-P-Private_ICS Release 1	0019xx31	LO	1	Unknown
SPI-P-Private_ICS Release 1	0029xx07	SQ	1	Unknown
SPI-P-Private_ICS Release 1	0029xx08	SQ	1	Unknown
SPI-P-Private_ICS Release 1	0029xx0C	SQ	1	Unknown
SPI-P-Private_ICS Release 1	0029xx0D	SQ	1	Unknown
SPI-P-Private_ICS Release 1	0029xx0E	SQ	1	Unknown
SPI-P-Private_ICS Release 1	0029xx0F	SQ	1	Unknown
SPI-P-Private_ICS Release 1	0029xx10	SQ	1	Unknown
SPI-P-Private_ICS Release 1	0029xx18	FD	1	Unknown
SPI-P-Private_ICS Release 1	0029xx1B	SQ	1	Unknown
SPI-P-Private_ICS Release 1	0029xx1C	SQ	1	Unknown
SPI-P-Private_ICS Release 1	0029xx1D	SQ	1	Unknown
SPI-P-Private_ICS Release 1	0029xx1E	SQ	1	Unknown
SPI-P-Private_ICS Release 1	0029xx20	UN	1	Unknown
SPI-P-Private_ICS Release 1	0029xx21	SQ	1	Unknown
SPI-P-Private_ICS Release 1	0029xx4C	SQ	1	Unknown
SPI-P-Private_ICS Release 1	0029xx4D	SQ	1	Unknown
SPI-P-Private_ICS Release 1	0029xx4E	UN	1	Unknown
SPI-P-Private_ICS Release 1	0029xx4F	UN	1	Unknown
SPI-P-Private_ICS Release 1	0029xx50	UN	1	Unknown
SPI-P-Private_ICS Release 1	0029xx51	UN	1	Unknown
SPI-P-Private_ICS Release 1	0029xx66	DS	4	Unknown
SPI-P-Private_ICS Release 1	0029xx67	LO	1	Unknown
SPI-P-Private_ICS Release 1	0029xx68	US	1	Unknown
SPI-P-Private_ICS Release 1	0029xx6A	LO	1	Unknown
SPI-P-Private_ICS Release 1	0029xx6B	US	1	Unknown
SPI-P-Private_ICS Release 1	0029xx72	SQ	1	Unknown
SPI-P-Private_ICS Release 1	0029xx91	IS	1	Unknown
SPI-P-Private_ICS Release 1	0029xx93	LO	1-n	Unknown
SPI-P-Private_ICS Release 1	0029xx94	LO	1-n	Unknown
SPI-P-Private_ICS Release 1;1	0029xx00	SL	1	Unknown
SPI-P-Private_ICS Release 1;1	0029xx05	FL	1	Unknown
SPI-P-Private_ICS Release 1;1	0029xx06	FL	1	Unknown
SPI-P-Private_ICS Release 1;1	0029xx20	FL	1	Unknown
SPI-P-Private_ICS Release 1;1	0029xx21	FL	1	Unknown
SPI-P-Private_ICS Release 1;1	0029xx22	US	1	Unknown
SPI-P-Private_ICS Release 1;1	0029xx23	FD	1	Unknown
SPI-P-Private_ICS Release 1;1	0029xx24	FD	1	Unknown
SPI-P-Private_ICS Release 1;1	0029xx25	FD	1	Unknown
SPI-P-Private_ICS Release 1;1	0029xx26	FD	1	Unknown
SPI-P-Private_ICS Release 1;1	0029xx30	ST	1	Unknown
SPI-P-Private_ICS Release 1;1	0029xx6B	FD	1	Unknown
SPI-P-Private_ICS Release 1;1	0029xxC1	US	1	Unknown
SPI-P-Private_ICS Release 1;1	0029xxCB	FD	1	Unknown
SPI-P-Private_ICS Release 1;1	0029xxCC	FD	1	Unknown
SPI-P-Private_ICS Release 1;1	0029xxCD	SQ	1	Unknown
SPI-P-Private_ICS Release 1;1	0029xxD4	FL	1	Unknown
SPI-P-Private_ICS Release 1;1	0029xxD5	FL	1	Unknown
SPI-P-Private_ICS Release 1;1	0029xxD6	ST	1	Unknown
SPI-P-Private_ICS Release 1;2	0029xx00	FD	1	Unknown
SPI-P-Private_ICS Release 1;2	0029xx01	FD	1	Unknown
SPI-P-Private_ICS Release 1;2	0029xx02	FD	1	Unknown
SPI-P-Private_ICS Release 1;2	0029xx03	SL	1	Unknown
SPI-P-Private_ICS Release 1;2	0029xx04	SL	1	Unknown
SPI-P-Private_ICS Release 1;2	0029xx05	SL	1	Unknown
SPI-P-Private_ICS Release 1;2	0029xx30	LT	1	Unknown
SPI-P-Private_ICS Release 1;2	0029xxA0	SL	1	Unknown
SPI-P-Private_ICS Release 1;2	0029xxA1	FD	1	Unknown
SPI-P-Private_ICS Release 1;2	0029xxA2	SL	1	Unknown
SPI-P-Private_ICS Release 1;2	0029xxA3	SL	1	Unknown
SPI-P-Private_ICS Release 1;2	0029xxA5	SQ	1	Unknown
SPI-P-Private_ICS Release 1;2	0029xxA6	SL	1	Unknown
SPI-P-Private_ICS Release 1;2	0029xxD9	SQ	1	Unknown
SPI-P-Private_ICS Release 1;3	0029xx00	ST	1	Unknown
SPI-P-Private_ICS Release 1;3	0029xx01	ST	1	Unknown
SPI-P-Private_ICS Release 1;3	0029xx60	US	1	Unknown
SPI-P-Private_ICS Release 1;3	0029xxB0	SL	1	Unknown
SPI-P-Private_ICS Release 1;3	0029xxB1	FL	1	Unknown
SPI-P-Private_ICS Release 1;3	0029xxB2	FL	1	Unknown
SPI-P-Private_ICS Release 1;3	0029xxB4	FL	1	Unknown
SPI-P-Private_ICS Release 1;3	0029xxB9	FL	1	Unknown
SPI-P-Private_ICS Release 1;3	0029xxC0	SQ	1	Unknown
SPI-P-Private_ICS Release 1;3	0029xxC1	SQ	1	Unknown
SPI-P-Private_ICS Release 1;3	0029xxC2	SQ	1	Unknown
SPI-P-Private_ICS Release 1;3	0029xxC3	SQ	1	Unknown
SPI-P-Private_ICS Release 1;3	0029xxC4	SQ	1	Unknown
SPI-P-Private_ICS Release 1;3	0029xxC5	SQ	1	Unknown
SPI-P-Private_ICS Release 1;4	0029xx00	UL	1	Unknown
SPI-P-Private_ICS Release 1;4	0029xx01	FL	2	Unknown
SPI-P-Private_ICS Release 1;4	0029xx02	SQ	1	Unknown
SPI-P-Private_ICS Release 1;4	0029xx06	UL	1	Unknown
SPI-P-Private_ICS Release 1;4	0029xx07	SL	1	Unknown
SPI-P-Private_ICS Release 1;4	0029xx08	US	1	Unknown
SPI-P-Private_ICS Release 1;4	0029xx09	FL	1	Unknown
SPI-P-Private_ICS Release 1;4	0029xx0A	FL	1	Unknown
SPI-P-Private_ICS Release 1;4	0029xx0B	FL	1	Unknown
SPI-P-Private_ICS Release 1;4	0029xx0C	FL	1	Unknown
SPI-P-Private_ICS Release 1;4	0029xx0E	US	1	Unknown
SPI-P-Private_ICS Release 1;4	0029xx0F	US	1	Unknown
SPI-P-Private_ICS Release 1;4	0029xx10	SL	1	Unknown
SPI-P-Private_ICS Release 1;4	0029xx90	SL	1	Unknown
SPI-P-Private_ICS Release 1;4	0029xx9A	SQ	1	Unknown
SPI-P-Private_ICS Release 1;4	0029xx9C	SQ	1	Unknown
SPI-P-Private_ICS Release 1;4	0029xxA0	US	1	Unknown
SPI-P-Private_ICS Release 1;4	0029xxA1	US	1	Unknown
SPI-P-Private_ICS Release 1;4	0029xxB1	US	1	Unknown
SPI-P-Private_ICS Release 1;4	0029xxB2	US	1	Unknown
SPI-P-Private_ICS Release 1;4	0029xxB3	SL	1	Unknown
SPI-P-Private_ICS Release 1;4	0029xxB5	FL	1	Unknown
SPI-P-Private_ICS Release 1;4	0029xxB6	SL	1	Unknown
SPI-P-Private_ICS Release 1;4	0029xxBC	SL	1	Unknown
SPI-P-Private_ICS Release 1;4	0029xxBD	SL	1	Unknown
SPI-P-Private_ICS Release 1;4	0029xxBE	US	1	Unknown
SPI-P-Private_ICS Release 1;4	0029xxD6	FD	1	Unknown
SPI-P-Private_ICS Release 1;4	0029xxD7	FD	1	Unknown
SPI-P-Private_ICS Release 1;4	0029xxD8	UN	1	Unknown
SPI-P-Private_ICS Release 1;4	0029xxD9	UN	1	Unknown
SPI-P-Private_ICS Release 1;4	0029xxDA	UN	1	Unknown
SPI-P-Private_ICS Release 1;4	0029xxDC	FD	1	Unknown
SPI-P-Private_ICS Release 1;4	0029xxDD	FD	1	Unknown
SPI-P-Private_ICS Release 1;4	0029xxE0	SQ	1	Unknown
SPI-P-Private_ICS Release 1;5	0029xx50	CS	1	Unknown
SPI-P-Private_ICS Release 1;5	0029xx55	CS	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx01	FL	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx02	LO	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx03	UL	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx04	LO	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx06	SQ	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx07	SQ	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx08	US	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx0A	US	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx0B	US	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx0C	US	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx0D	US	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx0F	LO	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx10	US	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx14	SQ	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx15	UL	2	Unknown
SPI-P-Private_ICS Release 1;6	0029xx16	FL	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx17	FL	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx1A	UL	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx1D	US	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx1F	FL	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx20	FL	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx21	UL	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx23	US	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx24	UL	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx2A	UL	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx2B	SQ	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx2C	UL	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx2D	SQ	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx2E	SQ	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx2F	SQ	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx32	SQ	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx34	SQ	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx35	SQ	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx36	SQ	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx37	SQ	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx38	SQ	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx39	FL	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx3D	SQ	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx43	US	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx44	US	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx48	UL	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx4F	SQ	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx5C	SQ	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx5D	UL	1-n	Unknown
SPI-P-Private_ICS Release 1;6	0029xx5E	UL	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx5F	US	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx63	US	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx65	SQ	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx66	UL	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx67	UL	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx68	UL	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx69	UL	1	Unknown
SPI-P-Private_ICS Release 1;6	0029xx6D	SQ	1	Unknown
SPI-P-XSB-DCI Release 1	0019xx10	LT	1	Video Beam Boost
SPI-P-XSB-DCI Release 1	0019xx11	US	1	Channel Generating Video Sync
SPI-P-XSB-DCI Release 1	0019xx12	US	1	Video Gain
SPI-P-XSB-DCI Release 1	0019xx13	US	1	Video Offset
SPI-P-XSB-DCI Release 1	0019xx20	DS	1	RTD Data Compression Factor
SPI-P-XSB-VISUB Release 1	0019xx00	UN	1	Unknown
SPI-P-XSB-VISUB Release 1	0019xx10	UN	1	Unknown
SPI-P-XSB-VISUB Release 1	0019xx11	UN	1	Unknown
SPI-P-XSB-VISUB Release 1	0019xx12	UN	1	Unknown
SPI-P-XSB-VISUB Release 1	0019xx20	LO	1	Unknown
SPI-P-XSB-VISUB Release 1	0019xx40	UN	1	Unknown
SPI-P-XSB-VISUB Release 1	0019xx50	LO	1	Unknown
SPI-P-XSB-VISUB Release 1	0029xx00	LO	1	Unknown
SPI-P-XSB-VISUB Release 1	0029xx01	DS	1	Unknown
SPI-P-XSB-VISUB Release 1	0029xx02	CS	1	Unknown
SPI-P-XSB-VISUB Release 1	0029xx0F	CS	1	Unknown
SPI-P-XSB-VISUB Release 1	0029xx10	LO	1	Unknown
SPI-P-XSB-VISUB Release 1	0029xx11	DS	1	Unknown
SPI-P-XSB-VISUB Release 1	0029xx12	CS	1	Unknown
SPI-P-XSB-VISUB Release 1	0029xx1F	CS	1	Unknown
SPI-P-XSB-VISUB Release 1	0029xx20	LO	1	Unknown
SPI-P-XSB-VISUB Release 1	0029xx21	DS	1	Unknown
SPI-P-XSB-VISUB Release 1	0029xx22	CS	1	Unknown
SPI-P-XSB-VISUB Release 1	0029xx2F	CS	1	Unknown
SPI-P-XSB-VISUB Release 1	0029xx30	LO	1	Unknown
SPI-P-XSB-VISUB Release 1	0029xx31	DS	1	Unknown
SPI-P-XSB-VISUB Release 1	0029xx32	CS	1	Unknown
SPI-P-XSB-VISUB Release 1	0029xx3F	CS	1	Unknown
STENTOR	0073xx01	ST	1	Unknown
STENTOR	0073xx02	LT	1	Private Creator
STENTOR	0073xx03	UT	1	Stentor Remote AETitle Element
STENTOR	0073xx04	UT	1	Stentor Local AETitle Element
STENTOR	0073xx06	UT	1	Stentor Transfer Syntax Value
SVISION	0017xx00	LO	1	Extended Body Part
SVISION	0017xx10	LO	1	Extended View Position
SVISION	0017xx20	SQ	1	Scheduled Procedure Step
SVISION	0017xxA0	IS	1	Fixed Grid System
SVISION	0017xxF0	IS	1	Images SOP Class
SVISION	0019xx00	IS	1	AEC Field
SVISION	0019xx01	IS	1	AEC Film Screen
SVISION	0019xx02	IS	1	AEC Density
SVISION	0019xx10	IS	1	Patient Thickness
SVISION	0019xx16	IS	1	Unknown
SVISION	0019xx18	IS	1	Beam Distance
SVISION	0019xx20	IS	1	Workstation Number
SVISION	0019xx28	IS	1	Tube Number
SVISION	0019xx30	IS	1	Bucky Grid
SVISION	0019xx34	IS	1	Focus
SVISION	0019xx38	IS	1	Age Group
SVISION	0019xx40	IS	1	Collimator Distance X
SVISION	0019xx41	IS	1	Collimator Distance Y
SVISION	0019xx50	IS	1	Bucky Height
SVISION	0019xx60	IS	1	Bucky Angle
SVISION	0019xx68	IS	1	C-Arm Angle
SVISION	0019xx69	IS	1	Collimator Angle
SVISION	0019xx70	IS	1	Filter Number
SVISION	0019xx74	LO	1	Filter Material 1
SVISION	0019xx75	LO	1	Filter Material 2
SVISION	0019xx78	DS	1	Filter Thickness 1
SVISION	0019xx79	DS	1	Filter Thickness 2
SVISION	0019xx80	IS	1	Bucky Format
SVISION	0019xx81	IS	1	Object Position
SVISION	0019xx90	LO	1	Desk Command
SVISION	0019xx91	IS	1	Central Beam X
SVISION	0019xx92	IS	1	Central Beam Y
SVISION	0019xx93	IS	1	Tube Turn Angle
SVISION	0019xx94	IS	1	Stand drive level
SVISION	0019xxA0	DS	1	Extended Exposure Time
SVISION	0019xxA1	DS	1	Actual Exposure Time
SVISION	0019xxA8	DS	1	Extended X-ray Tube Current
SVISION	0019xxB0	IS	1	Dose Indicator
SVISION	0019xxB1	IS	1	Shift Reference Value
SVISION	0019xxF0	IS	1	Unknown
SVISION	0021xx00	DS	1	Noise Reduction
SVISION	0021xx01	DS	1	Contrast Amplification
SVISION	0021xx02	DS	1	Edge Contrast Boosting
SVISION	0021xx03	DS	1	Latitude Reduction
SVISION	0021xx10	LO	1	Find Range Algorithm
SVISION	0021xx11	DS	1	Threshold C-Algorithm
SVISION	0021xx20	LO	1	Sensometric Curve
SVISION	0021xx30	DS	1	Lower Window Offset
SVISION	0021xx31	DS	1	Upper Window Offset
SVISION	0021xx40	DS	1	Min. Printable Density
SVISION	0021xx41	DS	1	Max. Printable Density
SVISION	0021xx50	DS	1	Min. Window Latitude
SVISION	0021xx51	DS	1	Max. Window Latitude
SVISION	0021xx52	DS	1	Rel. Window Alignment
SVISION	0021xx60	DS	1	Decomposition Layer
SVISION	0021xx90	DS	1	Brightness
SVISION	0021xx91	DS	1	Contrast
SVISION	0021xx92	DS	1	Shape Factor
SVISION	0023xx00	LO	1	Image Laterality
SVISION	0023xx01	IS	1	Letter Position
SVISION	0023xx02	IS	1	Burned In Annotation
SVISION	0023xx03	LO	1	Unknown
SVISION	0023xxF0	IS	1	Image SOP Class
SVISION	0025xx00	IS	1	Original Image
SVISION	0025xx01	IS	1	Not Processed Image
SVISION	0025xx02	IS	1	Cut Out Image
SVISION	0025xx03	IS	1	Duplicated Image
SVISION	0025xx04	IS	1	Stored Image
SVISION	0025xx05	IS	1	Retrieved Image
SVISION	0025xx06	IS	1	New Image
SVISION	0025xx07	IS	1	Media Stored Image
SVISION	0025xx08	IS	1	Image State
SVISION	0025xx09	IS	1	Image Stitched Manually
SVISION	0025xx0A	IS	1	Image Stitched Automatically
SVISION	0025xx20	LO	1	Source Image File
SVISION	0025xx21	LO	1	Source UID
SVISION	0027xx00	IS	1	Number of Series
SVISION	0027xx01	IS	1	Number of Studies
SVISION	0027xx10	DT	1	Oldest Series
SVISION	0027xx11	DT	1	Newest Series
SVISION	0027xx12	DT	1	Oldest Study
SVISION	0027xx13	DT	1	Newest Study
SVISION	0029xx00	IS	1	Key Note Instance UID
SVISION	0029xx01	IS	1	Storage State
SVISION	0029xx02	IS	1	Referenced Image SOP Class
SVISION	0029xx03	LO	1	Ref. Image Instance UID
SVISION	0029xx04	IS	1	Rel. Presentation State Number
SVISION	0029xx05	LO	1	Rel. Presentation State UID
Siemens Ultrasound Miscellaneous	0019xx20	SH	1	Unknown
Siemens: Thorax/Multix FD Image Stamp	0023xx00	US	1	Unknown
Siemens: Thorax/Multix FD Image Stamp	0023xx01	US	1	Unknown
Siemens: Thorax/Multix FD Image Stamp	0023xx02	US	1	Unknown
Siemens: Thorax/Multix FD Image Stamp	0023xx03	US	1	Unknown
Siemens: Thorax/Multix FD Image Stamp	0023xx04	US	1	Unknown
Siemens: Thorax/Multix FD Lab Settings	0019xx00	LT	1	Internal Value
Siemens: Thorax/Multix FD Lab Settings	0019xx02	LO	1	Total Area Dose Product
Siemens: Thorax/Multix FD Lab Settings	0019xx04	LO	1	Unknown
Siemens: Thorax/Multix FD Lab Settings	0019xx05	US	1	Cassette Image
Siemens: Thorax/Multix FD Lab Settings	0019xx06	FD	1	Table Object Distance
Siemens: Thorax/Multix FD Lab Settings	0019xx07	FD	1	Table Detector Distance
Siemens: Thorax/Multix FD Lab Settings	0019xx08	US	1	Ortho Step Distance
Siemens: Thorax/Multix FD Lab Settings	0021xx08	US	1	Auto Window Flag
Siemens: Thorax/Multix FD Lab Settings	0021xx09	SL	1	Auto Window Center
Siemens: Thorax/Multix FD Lab Settings	0021xx0A	SL	1	Auto Window Width
Siemens: Thorax/Multix FD Lab Settings	0021xx0B	SS	1	Filter ID
Siemens: Thorax/Multix FD Lab Settings	0021xx14	US	1	Anatomic Correct View
Siemens: Thorax/Multix FD Lab Settings	0021xx15	SS	1	Auto Window Shift
Siemens: Thorax/Multix FD Lab Settings	0021xx16	DS	1	Auto Window Expansion
Siemens: Thorax/Multix FD Lab Settings	0021xx17	LO	1	System Type
Siemens: Thorax/Multix FD Lab Settings	0021xx30	SH	1	Anatomic Sort Number
Siemens: Thorax/Multix FD Lab Settings	0021xx31	SH	1	Acquisition Sort Number
Siemens: Thorax/Multix FD Post Processing	0021xx00	US	1	Label Left
Siemens: Thorax/Multix FD Post Processing	0021xx01	SS	1	Label Left Orientation
Siemens: Thorax/Multix FD Post Processing	0021xx02	FL	1	Label Left Percentage X
Siemens: Thorax/Multix FD Post Processing	0021xx03	FL	1	Label Left Percentage X
Siemens: Thorax/Multix FD Post Processing	0021xx04	US	1	Label Right
Siemens: Thorax/Multix FD Post Processing	0021xx05	SS	1	Label Right Orientation
Siemens: Thorax/Multix FD Post Processing	0021xx06	FL	1	Label Right Percentage X
Siemens: Thorax/Multix FD Post Processing	0021xx07	FL	1	Label Right Percentage X
Siemens: Thorax/Multix FD Post Processing	0021xx08	US	1	Auto Window Flag
Siemens: Thorax/Multix FD Post Processing	0021xx09	SL	1	Auto Window Center
Siemens: Thorax/Multix FD Post Processing	0021xx0A	SL	1	Auto Window Width
Siemens: Thorax/Multix FD Post Processing	0021xx0B	SS	1	Filter ID
Siemens: Thorax/Multix FD Post Processing	0021xx0C	FL	1	Degree of Edge Enhancement
Siemens: Thorax/Multix FD Post Processing	0021xx0D	SS	1	Half Kernel Size
Siemens: Thorax/Multix FD Post Processing	0021xx0E	US	1	Dose Control Value
Siemens: Thorax/Multix FD Post Processing	0021xx0F	US	1	Deleted Image Flag
Siemens: Thorax/Multix FD Post Processing	0021xx10	US	1	Same Size Support
Siemens: Thorax/Multix FD Post Processing	0021xx11	SS	1	Label Left Init Position
Siemens: Thorax/Multix FD Post Processing	0021xx12	SS	1	Label Right Init Position
Siemens: Thorax/Multix FD Post Processing	0021xx13	SS	1	Patient Rotation
Siemens: Thorax/Multix FD Post Processing	0021xx14	US	1	Anatomic Correct View Flag
Siemens: Thorax/Multix FD Post Processing	0021xx15	SS	1	Auto Window Shift
Siemens: Thorax/Multix FD Post Processing	0021xx16	DS	1	Auto Window Expansion
Siemens: Thorax/Multix FD Raw Image Settings	0025xx00	SS	1	Raw Image Amplification
Siemens: Thorax/Multix FD Raw Image Settings	0025xx01	SS	1	Gamma LUT
Siemens: Thorax/Multix FD Raw Image Settings	0025xx02	US	1	Collimator Manual
Siemens: Thorax/Multix FD Raw Image Settings	0025xx03	FL	1	Collimator Up Left X Percentage
Siemens: Thorax/Multix FD Raw Image Settings	0025xx04	FL	1	Collimator Up Right X Percentage
Siemens: Thorax/Multix FD Raw Image Settings	0025xx05	FL	1	Collimator Low Left X Percentage
Siemens: Thorax/Multix FD Raw Image Settings	0025xx06	FL	1	Collimator Low Right X Percentage
Siemens: Thorax/Multix FD Raw Image Settings	0025xx07	FL	1	Collimator Up Left Y Percentage
Siemens: Thorax/Multix FD Raw Image Settings	0025xx08	FL	1	Collimator Up Right Y Percentage
Siemens: Thorax/Multix FD Raw Image Settings	0025xx09	FL	1	Collimator Low Left Y Percentage
Siemens: Thorax/Multix FD Raw Image Settings	0025xx0A	FL	1	Collimator Low Right Y Percentage
Siemens: Thorax/Multix FD Raw Image Settings	0025xx0B	US	1	Set Gray
Siemens: Thorax/Multix FD Raw Image Settings	0025xx0C	SS	1	Harmonization Kernel
Siemens: Thorax/Multix FD Raw Image Settings	0025xx0D	FL	1	Harmonization Gain
Siemens: Thorax/Multix FD Raw Image Settings	0025xx0E	SS	1	Edge Enhancement Kernel
Siemens: Thorax/Multix FD Raw Image Settings	0025xx0F	FL	1	Edge Enhancement Gain
Siemens: Thorax/Multix FD Raw Image Settings	0025xx10	LT	1	Raw Image File Name
Siemens: Thorax/Multix FD Raw Image Settings	0025xx11	SS	1	Global Offset
Siemens: Thorax/Multix FD Raw Image Settings	0025xx12	SS	1	Image Columns
Siemens: Thorax/Multix FD Raw Image Settings	0025xx13	SS	1	Image Rows
Siemens: Thorax/Multix FD Raw Image Settings	0025xx14	SS	1	Image Alignment
Siemens: Thorax/Multix FD Raw Image Settings	0025xx15	SS	1	Active Image Columns
Siemens: Thorax/Multix FD Raw Image Settings	0025xx16	SS	1	Active Image Rows
Siemens: Thorax/Multix FD Raw Image Settings	0025xx17	LO	1	System Type
Siemens: Thorax/Multix FD Raw Image Settings	0025xx18	US	1	Auto Gain
Siemens: Thorax/Multix FD Raw Image Settings	0025xx19	US	1	Ortho Sub Sampling
Siemens: Thorax/Multix FD Raw Image Settings	0025xx1A	US	2	Image Crop Upper Left
Siemens: Thorax/Multix FD Raw Image Settings	0025xx1B	US	2	Image Crop Upper Right
Siemens: Thorax/Multix FD Raw Image Settings	0025xx1C	US	2	Image Crop Lower Left
Siemens: Thorax/Multix FD Raw Image Settings	0025xx1D	US	2	Image Crop Lower Right
Siemens: Thorax/Multix FD Raw Image Settings	0025xx30	US	1	Manual Cropping
Siemens: Thorax/Multix FD Raw Image Settings	0025xx31	SS	1	Gamma LUT Parameter 1
Siemens: Thorax/Multix FD Raw Image Settings	0025xx32	DS	1	Gamma LUT Parameter 2
Siemens: Thorax/Multix FD Raw Image Settings	0025xx33	SS	1	Gamma LUT Parameter 3
Siemens: Thorax/Multix FD Raw Image Settings	0025xx34	SS	1	Gamma LUT Parameter 4
Siemens: Thorax/Multix FD Version	0017xx00	LO	1	Build Date
Siemens: Thorax/Multix FD Version	0017xx01	LO	1	IOD Version
Silhouette Annot V1.0	0029xx11	IS	1	Annotation Name
Silhouette Annot V1.0	0029xx12	LT	1	Annotation Font
Silhouette Annot V1.0	0029xx13	LT	1	Annotation Text Foreground Color
Silhouette Annot V1.0	0029xx14	LT	1	Annotation Text Background Color
Silhouette Annot V1.0	0029xx15	UL	1	Annotation Text Backing Mode
Silhouette Annot V1.0	0029xx16	UL	1	Annotation Text Justification
Silhouette Annot V1.0	0029xx17	UL	1	Annotation Text Location
Silhouette Annot V1.0	0029xx18	LT	1	Annotation Text String
Silhouette Annot V1.0	0029xx19	UL	1	Annotation Text Attach Mode
Silhouette Annot V1.0	0029xx20	UL	1	Annotation Text Cursor Mode
Silhouette Annot V1.0	0029xx21	UL	1	Annotation Text Shadow Offset X
Silhouette Annot V1.0	0029xx22	UL	1	Annotation Text Shadow Offset Y
Silhouette Annot V1.0	0029xx23	LT	1	Annotation Line Color
Silhouette Annot V1.0	0029xx24	UL	1	Annotation Line Thickness
Silhouette Annot V1.0	0029xx25	UL	1	Annotation Line Type
Silhouette Annot V1.0	0029xx26	UL	1	Annotation Line Style
Silhouette Annot V1.0	0029xx27	UL	1	Annotation Line Dash Length
Silhouette Annot V1.0	0029xx28	UL	1	Annotation Line Attach Mode
Silhouette Annot V1.0	0029xx29	UL	1	Annotation Line Point Count
Silhouette Annot V1.0	0029xx30	FD	1	Annotation Line Points
Silhouette Annot V1.0	0029xx31	UL	1	Annotation Line Control Size
Silhouette Annot V1.0	0029xx32	LT	1	Annotation Marker Color
Silhouette Annot V1.0	0029xx33	UL	1	Annotation Marker Type
Silhouette Annot V1.0	0029xx34	UL	1	Annotation Marker Size
Silhouette Annot V1.0	0029xx35	FD	1	Annotation Marker Location
Silhouette Annot V1.0	0029xx36	UL	1	Annotation Marker Attach Mode
Silhouette Annot V1.0	0029xx37	LT	1	Annotation Geom Color
Silhouette Annot V1.0	0029xx38	UL	1	Annotation Geom Thickness
Silhouette Annot V1.0	0029xx39	UL	1	Annotation Geom Line Style
Silhouette Annot V1.0	0029xx40	UL	1	Annotation Geom Dash Length
Silhouette Annot V1.0	0029xx41	UL	1	Annotation Geom Fill Pattern
Silhouette Annot V1.0	0029xx42	UL	1	Annotation Interactivity
Silhouette Annot V1.0	0029xx43	FD	1	Annotation Arrow Length
Silhouette Annot V1.0	0029xx44	FD	1	Annotation Arrow Angle
Silhouette Annot V1.0	0029xx45	UL	1	Annotation Don't Save
Silhouette Graphics Export V1.0	0029xx00	UI	1	Unknown
Silhouette Line V1.0	0029xx11	IS	1	Line Name
Silhouette Line V1.0	0029xx12	LT	1	Line Name Font
Silhouette Line V1.0	0029xx13	UL	1	Line Name Display
Silhouette Line V1.0	0029xx14	LT	1	Line Normal Color
Silhouette Line V1.0	0029xx15	UL	1	Line Type
Silhouette Line V1.0	0029xx16	UL	1	Line Thickness
Silhouette Line V1.0	0029xx17	UL	1	Line Style
Silhouette Line V1.0	0029xx18	UL	1	Line Dash Length
Silhouette Line V1.0	0029xx19	UL	1	Line Interactivity
Silhouette Line V1.0	0029xx20	LT	1	Line Measurement Color
Silhouette Line V1.0	0029xx21	LT	1	Line Measurement Font
Silhouette Line V1.0	0029xx22	UL	1	Line Measurement Dash Length
Silhouette Line V1.0	0029xx23	UL	1	Line Point Space
Silhouette Line V1.0	0029xx24	FD	1	Line Points
Silhouette Line V1.0	0029xx25	UL	1	Line Control Point Size
Silhouette Line V1.0	0029xx26	UL	1	Line Control Point Space
Silhouette Line V1.0	0029xx27	FD	1	Line Control Points
Silhouette Line V1.0	0029xx28	LT	1	Line Label
Silhouette Line V1.0	0029xx29	UL	1	Line Don't Save
Silhouette ROI V1.0	0029xx11	IS	1	ROI Name
Silhouette ROI V1.0	0029xx12	LT	1	ROI Name Font
Silhouette ROI V1.0	0029xx13	LT	1	ROI Normal Color
Silhouette ROI V1.0	0029xx14	UL	1	ROI Fill Pattern
Silhouette ROI V1.0	0029xx15	UL	1	ROI Bp Seg
Silhouette ROI V1.0	0029xx16	UN	1	ROI Bp Seg Pairs
Silhouette ROI V1.0	0029xx17	UL	1	ROI Seed Space
Silhouette ROI V1.0	0029xx18	UN	1	ROI Seeds
Silhouette ROI V1.0	0029xx19	UL	1	ROI Line Thickness
Silhouette ROI V1.0	0029xx20	UL	1	ROI Line Style
Silhouette ROI V1.0	0029xx21	UL	1	ROI Line Dash Length
Silhouette ROI V1.0	0029xx22	UL	1	ROI Interactivity
Silhouette ROI V1.0	0029xx23	UL	1	ROI Name Position
Silhouette ROI V1.0	0029xx24	UL	1	ROI Name Display
Silhouette ROI V1.0	0029xx25	LT	1	ROI Label
Silhouette ROI V1.0	0029xx26	UL	1	ROI Shape
Silhouette ROI V1.0	0029xx27	FD	1	ROI Shape Tilt
Silhouette ROI V1.0	0029xx28	UL	1	ROI Shape Points Count
Silhouette ROI V1.0	0029xx29	UL	1	ROI Shape Points Space
Silhouette ROI V1.0	0029xx30	FD	1	ROI Shape Points
Silhouette ROI V1.0	0029xx31	UL	1	ROI Shape Control Points Count
Silhouette ROI V1.0	0029xx32	UL	1	ROI Shape Control Points Space
Silhouette ROI V1.0	0029xx33	FD	1	ROI Shape Control Points
Silhouette ROI V1.0	0029xx34	UL	1	ROI Don't Save
Silhouette Sequence Ids V1.0	0029xx41	SQ	1	Unknown
Silhouette Sequence Ids V1.0	0029xx42	SQ	1	Unknown
Silhouette Sequence Ids V1.0	0029xx43	SQ	1	Unknown
Silhouette V1.0	0029xx13	UL	1	Unknown
Silhouette V1.0	0029xx14	UL	1	Unknown
Silhouette V1.0	0029xx17	UN	1	Unknown
Silhouette V1.0	0029xx18	UN	1	Unknown
Silhouette V1.0	0029xx19	UL	1	Unknown
Silhouette V1.0	0029xx1A	UN	1	Unknown
Silhouette V1.0	0029xx1B	UL	1	Unknown
Silhouette V1.0	0029xx1C	UL	1	Unknown
Silhouette V1.0	0029xx1D	UN	1	Unknown
Silhouette V1.0	0029xx1E	UN	1	Unknown
Silhouette V1.0	0029xx21	US	1	Unknown
Silhouette V1.0	0029xx22	US	1	Unknown
Silhouette V1.0	0029xx23	US	1	Unknown
Silhouette V1.0	0029xx24	US	1	Unknown
Silhouette V1.0	0029xx25	US	1	Unknown
Silhouette V1.0	0029xx27	UN	1	Unknown
Silhouette V1.0	0029xx28	UN	1	Unknown
Silhouette V1.0	0029xx29	UN	1	Unknown
Silhouette V1.0	0029xx30	UN	1	Unknown
Silhouette V1.0	0029xx52	US	1	Unknown
Silhouette V1.0	0029xx53	LT	1	Unknown
Silhouette V1.0	0029xx54	UN	1	Unknown
Silhouette V1.0	0029xx55	LT	1	Unknown
Silhouette V1.0	0029xx56	LT	1	Unknown
Silhouette V1.0	0029xx57	UN	1	Unknown
Silhouette VRS 3.0	0029xx13	UL	1	Unknown
Silhouette VRS 3.0	0029xx14	UL	1	Unknown
Silhouette VRS 3.0	0029xx17	FD	2	Unknown
Silhouette VRS 3.0	0029xx18	FD	2	Unknown
Silhouette VRS 3.0	0029xx19	UL	1	Unknown
Silhouette VRS 3.0	0029xx1A	FD	1	Unknown
Silhouette VRS 3.0	0029xx1B	UL	1	Unknown
Silhouette VRS 3.0	0029xx1C	UL	1	Unknown
Silhouette VRS 3.0	0029xx1D	UL	3	Unknown
Silhouette VRS 3.0	0029xx1E	UL	3	Unknown
Silhouette VRS 3.0	0029xx27	US	1	Unknown
Silhouette VRS 3.0	0029xx28	OB	1	Unknown
Silhouette VRS 3.0	0029xx30	US	1	Unknown
Silhouette VRS 3.0	0029xx32	US	1	Unknown
Silhouette VRS 3.0	0029xx34	LO	1	Unknown
Silhouette VRS 3.0	0029xx35	CS	1	Unknown
Silhouette VRS 3.0	0029xx36	US	1	Unknown
Sound Technologies	F001xx00	CS	1	Patient Species
Sound Technologies	F001xx01	CS	1	Patient Breed
Sound Technologies	F001xx02	CS	1	Patient Category Size
Sound Technologies	F001xx03	CS	1	Patient Sex Extended (including spay/neuter)
Sound Technologies	F001xx04	CS	1	Image View
Sound Technologies	F001xx05	CS	1	Anatomy Imaged
Sound Technologies	F001xx06	CS	1	Image enhancements
Sound Technologies	F001xx07	CS	1	Detector Settings
Sound Technologies	F001xx08	CS	1	Application Version
Sound Technologies	F001xx09	LO	1	Image Laterality Extended
Sound Technologies	F001xx0A	PN	1	Client Name
Sound Technologies	F001xx0B	UI	1	Reference Study Instance Uid
Sound Technologies	F001xx0C	UI	1	Reference Series Instance Uid
Sound Technologies	F001xx0D	LO	1	Exam Ref Id
Sound Technologies	F001xx0E	ST	1	Physician Of Record Address
Sound Technologies	F001xx0F	SH	1	Physician Of Record Phone Numbers
Sound Technologies	F001xx10	LT	1	Reason For Study
Sound Technologies	F001xx11	LO	1	Protocol
Sound Technologies	F001xx12	LO	1	CaptureInputType
Sound Technologies	F001xx13	LT	1	Exam Complaint
Sound Technologies	F001xx14	LO	1	Exam Web Code
Sound Technologies	F001xx15	LO	1	Exam Category
Sound Technologies	F001xx16	SH	1	Exam Diagnosis
Sound Technologies	F001xx17	PN	1	Exam Created By
Sound Technologies	F001xx18	LO	1	Exam Created By Group
Sound Technologies	F001xx19	DT	1	Exam Required By DateTime
Sound Technologies	F001xx1A	LO	1	Capture Type
Sound Technologies	F001xx1B	IS	1	Telemed Exam ID
Sound Technologies	F001xx1C	LO	1	Exam Created By Guid
Sound Technologies	F001xx1D	LO	1	Client Name Guid
TMDTK	7EFFxx21	SQ	1	Unknown
TMDTK	7EFFxx2E	LT	1	Unknown
TOSHIBA COMAPL HEADER	0029xx08	CS	1	COMAPL Header Type
TOSHIBA COMAPL HEADER	0029xx09	LO	1	COMAPL Header Version
TOSHIBA COMAPL HEADER	0029xx10	LO	1	
TOSHIBA COMAPL HEADER	0029xx20	OB	1	COMAPL History Information
TOSHIBA COMAPL HEADER	0029xx31	LO	1-n	
TOSHIBA COMAPL HEADER	0029xx32	UL	1-n	
TOSHIBA COMAPL HEADER	0029xx33	UL	1-n	
TOSHIBA COMAPL HEADER	0029xx34	CS	1-n	
TOSHIBA COMAPL OOG	0029xx08	CS	1	COMAPL OOG Type
TOSHIBA COMAPL OOG	0029xx09	LO	1	COMAPL OOG Version
TOSHIBA COMAPL OOG	0029xx10	LO	1	
TOSHIBA COMAPL OOG	0029xx31	LO	1-n	
TOSHIBA COMAPL OOG	0029xx32	UL	1-n	
TOSHIBA COMAPL OOG	0029xx33	UL	1-n	
TOSHIBA COMAPL OOG	0029xx34	CS	1-n	
TOSHIBA ENCRYPTED SR DATA	7015xx00	OB	1	Toshiba US Private Data
TOSHIBA MDW HEADER	0029xx08	CS	1	Application Header Type
TOSHIBA MDW HEADER	0029xx09	LO	1	Application Header Version
TOSHIBA MDW HEADER	0029xx10	CS	1	Image Header Type
TOSHIBA MDW HEADER	0029xx11	LO	1	Image Header Version
TOSHIBA MDW HEADER	0029xx12	OB	1	Image Header Info
TOSHIBA MDW HEADER	0029xx18	CS	1	Series Header Type
TOSHIBA MDW HEADER	0029xx19	LO	1	Series Header Version
TOSHIBA MDW HEADER	0029xx20	OB	1	Series Header Info
TOSHIBA MDW HEADER	0029xx31	LO	1	PMTF Information 1
TOSHIBA MDW HEADER	0029xx32	UL	1	PMTF Information 2
TOSHIBA MDW HEADER	0029xx33	UL	1	PMTF Information 3
TOSHIBA MDW HEADER	0029xx34	CS	1	PMTF Information 4
TOSHIBA MDW NON-IMAGE	0029xx08	CS	1	Application Header Type
TOSHIBA MDW NON-IMAGE	0029xx09	LO	1	Application Header Version
TOSHIBA MDW NON-IMAGE	0029xx10	OB	1	Application Header Data
TOSHIBA MDW NON-IMAGE	0029xx20	OB	1	Application Header Data
TOSHIBA MDW NON-IMAGE	7FE1xx10	OB	1	Toshiba US Private Data
TOSHIBA_MEC_1.0	0009xx01	LT	1	Unknown
TOSHIBA_MEC_1.0	0009xx02	US	1-n	Unknown
TOSHIBA_MEC_1.0	0009xx03	US	1-n	Unknown
TOSHIBA_MEC_1.0	0009xx04	US	1-n	Unknown
TOSHIBA_MEC_1.0	0011xx01	LT	1	Unknown
TOSHIBA_MEC_1.0	0011xx02	US	1-n	Unknown
TOSHIBA_MEC_1.0	0019xx01	US	1-n	Unknown
TOSHIBA_MEC_1.0	0019xx02	US	1-n	Unknown
TOSHIBA_MEC_1.0	0021xx01	US	1-n	Unknown
TOSHIBA_MEC_1.0	0021xx02	US	1-n	Unknown
TOSHIBA_MEC_1.0	0021xx03	US	1-n	Unknown
TOSHIBA_MEC_1.0	7FF1xx01	US	1-n	Unknown
TOSHIBA_MEC_1.0	7FF1xx02	US	1-n	Unknown
TOSHIBA_MEC_1.0	7FF1xx03	US	1-n	Unknown
TOSHIBA_MEC_1.0	7FF1xx10	US	1-n	Unknown
TOSHIBA_MEC_CT3	7005xx00	OB	1-n	CT Private Data 1
TOSHIBA_MEC_CT3	7005xx03	SH	1	Cardiac R-R Mean Time
TOSHIBA_MEC_CT3	7005xx04	SH	1	Cardiac Reconstruction Gating Phase in Percent
TOSHIBA_MEC_CT3	7005xx05	SH	1	Cardiac Reconstruction Gating Phase in ms
TOSHIBA_MEC_CT3	7005xx06	SH	1	Cardiac Reconstruction Mode
TOSHIBA_MEC_CT3	7005xx07	DS	2	Reconstruction Center
TOSHIBA_MEC_CT3	7005xx08	DS	1	Detector Slice Thickness in mm
TOSHIBA_MEC_CT3	7005xx09	LO	1	Number of Detector rows to Reconstruct
TOSHIBA_MEC_CT3	7005xx0A	DS	1	Table Speed in mm/rot
TOSHIBA_MEC_CT3	7005xx0B	SH	1	Filter
TOSHIBA_MEC_CT3	7005xx0C	SH	1	Reconstruction Correction Type
TOSHIBA_MEC_CT3	7005xx0D	CS	1	Organ
TOSHIBA_MEC_CT3	7005xx0E	SH	1	File Type Remarks
TOSHIBA_MEC_CT3	7005xx0F	SH	1	Direction
TOSHIBA_MEC_CT3	7005xx10	OB	1-n	CT Private Data 2
TOSHIBA_MEC_CT3	7005xx11	LT	1	Series Comment
TOSHIBA_MEC_CT3	7005xx12	SH	1	Position
TOSHIBA_MEC_CT3	7005xx13	US	1	Expert Plan No.
TOSHIBA_MEC_CT3	7005xx14	US	1	Reconstruction ROI No.
TOSHIBA_MEC_CT3	7005xx15	US	1	Special Helical ACQ No.
TOSHIBA_MEC_CT3	7005xx16	UI	1	Volume UID
TOSHIBA_MEC_CT3	7005xx17	US	1	Total Frame Count in the Volume
TOSHIBA_MEC_CT3	7005xx18	US	1	Frame No.
TOSHIBA_MEC_CT3	7005xx19	UL	1	Frame Sort Key
TOSHIBA_MEC_CT3	7005xx1A	US	1	Frame Sort Order
TOSHIBA_MEC_CT3	7005xx1B	SH	1	Convolution Kernel
TOSHIBA_MEC_CT3	7005xx1C	LO	1	Contrast/Bolus Agent
TOSHIBA_MEC_CT3	7005xx1D	UL	1	Reconstruction Number
TOSHIBA_MEC_CT3	7005xx1E	UL	1	Raw Data Number
TOSHIBA_MEC_CT3	7005xx1F	LO	1	Volume Number
TOSHIBA_MEC_CT3	7005xx20	UL	1	Local Series Number
TOSHIBA_MEC_CT3	7005xx21	LO	1	Decrease in Artifact Filter
TOSHIBA_MEC_CT3	7005xx22	DS	1	Reconstruction Interval
TOSHIBA_MEC_CT3	7005xx23	DS	1	Pitch Factor
TOSHIBA_MEC_CT3	7005xx24	DA	1	The Acquisition Date of NRA
TOSHIBA_MEC_CT3	7005xx25	UL	1	Large Data File Attribute
TOSHIBA_MEC_CT3	7005xx26	CS	1-8	Large Data File Name
TOSHIBA_MEC_CT3	7005xx28	SQ	1	Enhanced CT Private Sequence
TOSHIBA_MEC_CT3	7005xx29	UI	1	Frame UID
TOSHIBA_MEC_CT3	7005xx30	CS	1	Main Modality in Study
TOSHIBA_MEC_CT3	7005xx35	DS	2	Scan Range
TOSHIBA_MEC_CT3	7005xx36	OB	1-n	CT Private Data 3
TOSHIBA_MEC_CT3	7005xx37	IS	1	Total Frames
TOSHIBA_MEC_CT3	7005xx38	IS	1	Start Frame
TOSHIBA_MEC_CT3	7005xx39	IS	1	End Frame
TOSHIBA_MEC_CT3	7005xx40	FD	1	DLP Dose Length Product
TOSHIBA_MEC_CT3	7005xx41	SH	1	Raw Slice Information
TOSHIBA_MEC_CT3	7005xx42	US	1	Local Frame No
TOSHIBA_MEC_CT3	7005xx43	DS	3	Volume Vector
TOSHIBA_MEC_CT3	7005xx44	US	1	Volume Type
TOSHIBA_MEC_CT3	7005xx45	DS	1	Relative Table Position of 4D Volume
TOSHIBA_MEC_CT3	7005xx46	DS	1	Absolute Table Position of 4D Volume
TOSHIBA_MEC_CT3	7005xx47	DS	1	Slice Pitch of 4D Volume
TOSHIBA_MEC_CT3	7005xx48	LO	1	Respiratory Gating Inf.
TOSHIBA_MEC_CT3	7005xx49	SH	1	Respiration Phase
TOSHIBA_MEC_CT3	7005xxF1	CS	1	Protect Mark for Image, Curve or Private Record
TOSHIBA_MEC_CT3	7005xxF2	CS	1	Protect Mark for Series Record
TOSHIBA_MEC_CT3	7005xxF3	CS	1	Protect Mark for Study Record
TOSHIBA_MEC_CT_1.0	0019xx01	IS	1	Unknown
TOSHIBA_MEC_CT_1.0	0019xx02	IS	1	Unknown
TOSHIBA_MEC_CT_1.0	0019xx03	US	1-n	Unknown
TOSHIBA_MEC_CT_1.0	0019xx04	LT	1	Unknown
TOSHIBA_MEC_CT_1.0	0019xx05	LT	1	Unknown
TOSHIBA_MEC_CT_1.0	0019xx06	US	1-n	Unknown
TOSHIBA_MEC_CT_1.0	0019xx07	US	1-n	Unknown
TOSHIBA_MEC_CT_1.0	0019xx08	LT	1	Orientation Head Feet
TOSHIBA_MEC_CT_1.0	0019xx09	LT	1	View Direction
TOSHIBA_MEC_CT_1.0	0019xx0A	LT	1	Orientation Supine Prone
TOSHIBA_MEC_CT_1.0	0019xx0B	DS	1	Location
TOSHIBA_MEC_CT_1.0	0019xx0C	CS	1	Scan View Direction
TOSHIBA_MEC_CT_1.0	0019xx0D	TM	1	Time
TOSHIBA_MEC_CT_1.0	0019xx0E	DS	1	Unknown
TOSHIBA_MEC_CT_1.0	7FF1xx01	US	1-n	Unknown
TOSHIBA_MEC_CT_1.0	7FF1xx02	US	1-n	Unknown
TOSHIBA_MEC_CT_1.0	7FF1xx03	IS	1	Unknown
TOSHIBA_MEC_CT_1.0	7FF1xx04	IS	1	Unknown
TOSHIBA_MEC_CT_1.0	7FF1xx05	US	1-n	Unknown
TOSHIBA_MEC_CT_1.0	7FF1xx07	US	1-n	Unknown
TOSHIBA_MEC_CT_1.0	7FF1xx08	US	1-n	Unknown
TOSHIBA_MEC_CT_1.0	7FF1xx09	US	1-n	Unknown
TOSHIBA_MEC_CT_1.0	7FF1xx0A	LT	1	Unknown
TOSHIBA_MEC_CT_1.0	7FF1xx0B	US	1-n	Unknown
TOSHIBA_MEC_CT_1.0	7FF1xx0C	US	1-n	Unknown
TOSHIBA_MEC_CT_1.0	7FF1xx0D	US	1-n	Unknown
TOSHIBA_MEC_MR3	00290089	LO	1	Unknown
TOSHIBA_MEC_MR3	700Dxx00	DS	1	Scale Factor
TOSHIBA_MEC_MR3	700Dxx01	OB	1	Acquisition Order
TOSHIBA_MEC_MR3	700Dxx02	DS	9	Orientation Vector
TOSHIBA_MEC_MR3	700Dxx03	SS	1	Flip Flag
TOSHIBA_MEC_MR3	700Dxx04	OB	1	Rotate Information
TOSHIBA_MEC_MR3	700Dxx05	DS	1	FOV
TOSHIBA_MEC_MR3	700Dxx06	US	4	Image Matrix
TOSHIBA_MEC_MR3	700Dxx07	OB	1	Image Information
TOSHIBA_MEC_MR3	700Dxx08	OB	1	Original Data
TOSHIBA_MEC_MR3	700Dxx09	SS	1	Original Data Flag
TOSHIBA_MEC_MR3	700Dxx0C	CS	1	Receiver Gain Correction Check Flag
TOSHIBA_MEC_MR3	700Dxx20	SH	1	Identification Flag of 3D GDC
TOSHIBA_MEC_MR3	700Dxx80	US	1	Number of PAC channel
TOSHIBA_MEC_MR3	700Dxx81	US	1	Reference mode
TOSHIBA_MEC_MR3	700Dxx82	SQ	1	Gain value group for MRS
TOSHIBA_MEC_MR3	700Dxx83	FL	1	Gain value of each channel for MRS
TOSHIBA_MEC_MR3	700Dxx84	FL	1	Phase value of each channel for MRS
TOSHIBA_MEC_MR3	700Dxx85	FL	1	Reference gain value of each channel for MRS
TOSHIBA_MEC_MR3	700Dxx86	FL	1	Reference gain value of each channel for MRS
TOSHIBA_MEC_MR3	700Dxx87	FL	1	Receiver gain of reference scan
TOSHIBA_MEC_MR3	700Dxx88	UL	1	Flag of water Sat pulse
TOSHIBA_MEC_MR3	700Dxx89	FL	1	Selected contrast TE
TOSHIBA_MEC_MR3	700Dxx8A	SQ	1	Raw Data Set Sequence
TOSHIBA_MEC_MR3	700Dxx8B	DS	1	Multi Slice number
TOSHIBA_MEC_MR3	700Dxx8C	DS	1	Multi Coverage number
TOSHIBA_MEC_MR3	700Dxx8D	SQ	1	Raw Data Sequence
TOSHIBA_MEC_MR3	700Dxx8E	DS	1	Coil Channel No.
TOSHIBA_MEC_MR3	700Dxx8F	OB	1	MRS Raw Data
TOSHIBA_MEC_MR3	700Dxx90	OF	1	MRS Ref Raw Data
TOSHIBA_MEC_MR3	700Dxx91	FL	1	Receiver gain of prescan
TOSHIBA_MEC_MR3^10	00090002	SH	1	Unknown
TOSHIBA_MEC_MR3^10	00110003	US	1	Unknown
TOSHIBA_MEC_MR3^10	00110004	SQ	1	Unknown
TOSHIBA_MEC_MR3^10	00110005	US	1	Unknown
TOSHIBA_MEC_MR3^10	00110006	US	1	Unknown
TOSHIBA_MEC_MR3^10	00110007	US	1-n	Unknown
TOSHIBA_MEC_MR3^10	00110008	SH	1	Unknown
TOSHIBA_MEC_MR3^10	0011000C	SS	1	Unknown
TOSHIBA_MEC_MR3^10	0011000E	US	2	Unknown
TOSHIBA_MEC_MR3^10	00190001	UL	1	Unknown
TOSHIBA_MEC_MR3^10	00190002	SL	1	Unknown
TOSHIBA_MEC_MR3^10	00190003	US	1	Unknown
TOSHIBA_MEC_MR3^10	00190004	SL	1	Unknown
TOSHIBA_MEC_MR3^10	00190005	FL	1	Unknown
TOSHIBA_MEC_MR3^10	00190006	SL	1	Unknown
TOSHIBA_MEC_MR3^10	00190007	FL	3	Unknown
TOSHIBA_MEC_MR3^10	00190008	US	1	Unknown
TOSHIBA_MEC_MR3^10	00190009	FL	1	Unknown
TOSHIBA_MEC_MR3^10	0019000A	FL	1	Unknown
TOSHIBA_MEC_MR3^10	0019000B	FL	1	Unknown
TOSHIBA_MEC_MR3^10	0019000C	US	3	Unknown
TOSHIBA_MEC_MR3^10	0019000D	SL	6	Unknown
TOSHIBA_MEC_MR3^10	0019000E	SL	6	Unknown
TOSHIBA_MEC_MR3^10	0019000F	SL	6	Unknown
TOSHIBA_MEC_MR3^10	00190010	US	2	Unknown
TOSHIBA_MEC_MR3^10	00190011	SL	2	Unknown
TOSHIBA_MEC_MR3^10	00190012	US	1	Unknown
TOSHIBA_MEC_MR3^10	00190013	SL	1	Unknown
TOSHIBA_MEC_MR3^10	00190014	US	1	Unknown
TOSHIBA_MEC_MR3^10	00190015	SL	1	Unknown
TOSHIBA_MEC_MR3^10	00190016	FL	1	Unknown
TOSHIBA_MEC_MR3^10	00190017	SL	1	Unknown
TOSHIBA_MEC_MR3^10	00190018	US	1	Unknown
TOSHIBA_MEC_MR3^10	00190019	SL	1	Unknown
TOSHIBA_MEC_MR3^10	0019001A	US	1	Unknown
TOSHIBA_MEC_MR3^10	0019001B	SL	1	Unknown
TOSHIBA_MEC_MR3^10	0019001C	SL	1	Unknown
TOSHIBA_MEC_MR3^10	0019001D	SL	1	Unknown
TOSHIBA_MEC_MR3^10	0019001E	US	1	Unknown
TOSHIBA_MEC_MR3^10	0019001F	SL	1	Unknown
TOSHIBA_MEC_MR3^10	00190020	FL	2	Unknown
TOSHIBA_MEC_MR3^10	00190021	US	1	Unknown
TOSHIBA_MEC_MR3^10	00190022	SL	2	Unknown
TOSHIBA_MEC_MR3^10	00190023	FL	1	Unknown
TOSHIBA_MEC_MR3^10	00190024	FL	1	Unknown
TOSHIBA_MEC_MR3^10	00190025	FL	1	Unknown
TOSHIBA_MEC_MR3^10	00190026	SL	1	Unknown
TOSHIBA_MEC_MR3^10	00190027	SL	1	Unknown
TOSHIBA_MEC_MR3^10	00190028	SL	1	Unknown
TOSHIBA_MEC_MR3^10	00190029	SH	1	Unknown
TOSHIBA_MEC_MR3^10	0019002B	SH	1	Unknown
TOSHIBA_MEC_MR3^10	0019002C	SL	1	Unknown
TOSHIBA_MEC_MR3^10	0019002D	SL	1	Unknown
TOSHIBA_MEC_MR3^10	0019002E	US	1	Unknown
TOSHIBA_MEC_MR3^10	0019002F	FL	1	Unknown
TOSHIBA_MEC_MR3^10	00190030	UL	1	Unknown
TOSHIBA_MEC_MR3^10	00190031	OF	1-n	Unknown
TOSHIBA_MEC_MR3^10	00190032	FL	1	Unknown
TOSHIBA_MEC_MR3^10	00190033	SL	3	Unknown
TOSHIBA_MEC_MR3^10	00190034	SL	1	Unknown
TOSHIBA_MEC_MR3^10	00190035	SL	1	Unknown
TOSHIBA_MEC_MR3^10	00190036	SQ	1	Unknown
TOSHIBA_MEC_MR3^10	00190038	SL	1	Unknown
TOSHIBA_MEC_MR3^10	0019003A	SL	1	Unknown
TOSHIBA_MEC_MR3^10	0019003B	SL	2	Unknown
TOSHIBA_MEC_MR3^10	0019003C	SL	1	Unknown
TOSHIBA_MEC_MR3^10	0019003D	SL	1	Unknown
TOSHIBA_MEC_MR3^10	0019003E	SL	1	Unknown
TOSHIBA_MEC_MR3^10	0019003F	SL	1	Unknown
TOSHIBA_MEC_MR3^10	00190042	US	1	Unknown
TOSHIBA_MEC_MR3^10	00190043	US	1	Unknown
TOSHIBA_MEC_MR3^10	00190044	SL	1	Unknown
TOSHIBA_MEC_MR3^10	00190045	SS	1	Unknown
TOSHIBA_MEC_MR3^10	00190046	US	1	Unknown
TOSHIBA_MEC_MR3^10	00190047	FL	1	Unknown
TOSHIBA_MEC_MR3^10	00190048	US	1	Unknown
TOSHIBA_MEC_MR3^10	00190049	US	1	Unknown
TOSHIBA_MEC_MR3^10	0019004B	US	1	Unknown
TOSHIBA_MEC_MR3^10	0019004C	US	1	Unknown
TOSHIBA_MEC_MR3^10	0019004D	SL	1	Unknown
TOSHIBA_MEC_MR3^10	0019004E	US	1	Unknown
TOSHIBA_MEC_MR3^10	0019004F	US	1	Unknown
TOSHIBA_MEC_MR3^10	00190050	SL	2	Unknown
TOSHIBA_MEC_MR3^10	00190051	SL	2	Unknown
TOSHIBA_MEC_MR3^10	00190052	LO	1	Unknown
TOSHIBA_MEC_MR3^10	00190054	US	1	Unknown
TOSHIBA_MEC_MR3^10	00190055	US	1	Unknown
TOSHIBA_MEC_MR3^10	00190057	FL	3	Unknown
TOSHIBA_MEC_MR3^10	00190058	FL	3	Unknown
TOSHIBA_MEC_MR3^10	00190059	SL	1	Unknown
TOSHIBA_MEC_MR3^10	0019005A	FL	1-n	Unknown
TOSHIBA_MEC_MR3^10	0019005D	FL	1-n	Unknown
TOSHIBA_MEC_MR3^10	0019005E	SL	1	Unknown
TOSHIBA_MEC_MR3^10	0019005F	FL	1	Unknown
TOSHIBA_MEC_MR3^10	00190060	US	1	Unknown
TOSHIBA_MEC_MR3^10	00190061	US	1	Unknown
TOSHIBA_MEC_MR3^10	00190062	US	1	Unknown
TOSHIBA_MEC_MR3^10	00190063	FL	1	Unknown
TOSHIBA_MEC_MR3^10	00190064	FL	1	Unknown
TOSHIBA_MEC_MR3^10	00190065	SL	2	Unknown
TOSHIBA_MEC_MR3^10	00190069	FL	1	Unknown
TOSHIBA_MEC_MR3^10	0019006A	US	1	Unknown
TOSHIBA_MEC_MR3^10	0019006B	SL	1	Unknown
TOSHIBA_MEC_MR3^10	0019006D	SL	1	Unknown
TOSHIBA_MEC_MR3^10	0019006E	FL	1	Unknown
TOSHIBA_MEC_MR3^10	0019006F	SL	1	Unknown
TOSHIBA_MEC_MR3^10	00190070	LO	1	Unknown
TOSHIBA_MEC_MR3^10	00190071	LO	1	Unknown
TOSHIBA_MEC_MR3^10	00190073	LO	1	Unknown
TOSHIBA_MEC_MR3^10	00190075	LO	1	Unknown
TOSHIBA_MEC_MR3^10	00190076	LO	1	Unknown
TOSHIBA_MEC_MR3^10	00190078	LO	1	Unknown
TOSHIBA_MEC_MR3^10	0019007B	LO	1	Unknown
TOSHIBA_MEC_MR3^10	0019007C	FL	1	Unknown
TOSHIBA_MEC_MR3^10	0019007D	FL	1	Unknown
TOSHIBA_MEC_MR3^10	0019007E	SL	1	Unknown
TOSHIBA_MEC_MR3^10	0019007F	SL	1	Unknown
TOSHIBA_MEC_MR3^10	00190085	FL	1	Unknown
TOSHIBA_MEC_MR3^10	00190086	SL	1	Unknown
TOSHIBA_MEC_MR3^10	00190087	FL	1	Unknown
TOSHIBA_MEC_MR3^10	00190088	LO	1	Unknown
TOSHIBA_MEC_MR3^10	0019008A	SL	1-n	Unknown
TOSHIBA_MEC_MR3^10	0019008C	UL	1	Unknown
TOSHIBA_MEC_MR3^10	0019008D	TM	1	Unknown
TOSHIBA_MEC_MR3^10	0019008E	SL	1	Unknown
TOSHIBA_MEC_MR3^10	00190092	SL	1	Unknown
TOSHIBA_MEC_MR3^10	00190093	FL	3	Unknown
TOSHIBA_MEC_MR3^10	00190096	US	1	Unknown
TOSHIBA_MEC_MR3^10	0019009B	FL	3	Unknown
TOSHIBA_MEC_MR3^10	0019009C	SL	1	Unknown
TOSHIBA_MEC_MR3^10	001900A0	SL	4	Unknown
TOSHIBA_MEC_MR3^10	001900A1	DS	1	Unknown
TOSHIBA_MEC_MR3^10	001900A2	SL	1	Unknown
TOSHIBA_MEC_MR3^10	001900A3	SL	3	Unknown
TOSHIBA_MEC_MR3^10	001900A4	FL	3	Unknown
TOSHIBA_MEC_MR3^10	001900A5	FL	1	Unknown
TOSHIBA_MEC_MR3^10	001900A6	SL	1	Unknown
TOSHIBA_MEC_MR3^10	001900A8	FL	1	Unknown
TOSHIBA_MEC_MR3^10	001900A9	SL	1	Unknown
TOSHIBA_MEC_MR3^10	001900AB	FL	3	Unknown
TOSHIBA_MEC_MR3^10	001900AC	US	1	Unknown
TOSHIBA_MEC_MR3^10	001900AD	FL	1	Unknown
TOSHIBA_MEC_MR3^10	001900AE	FL	1	Unknown
TOSHIBA_MEC_MR3^10	001900AF	SL	1	Unknown
TOSHIBA_MEC_MR3^10	001900B0	SL	1	Unknown
TOSHIBA_MEC_MR3^10	001900B1	SL	1	Unknown
TOSHIBA_MEC_MR3^10	001900B4	SL	1	Unknown
TOSHIBA_MEC_MR3^10	001900B5	SL	1	Unknown
TOSHIBA_MEC_MR3^10	001900B6	SL	1	Unknown
TOSHIBA_MEC_MR3^10	001900B7	FL	2	Unknown
TOSHIBA_MEC_MR3^10	001900BA	FL	1	Unknown
TOSHIBA_MEC_MR3^10	001900BB	FL	1	Unknown
TOSHIBA_MEC_MR3^10	001900BC	FL	2	Unknown
TOSHIBA_MEC_MR3^10	001900BD	SL	1	Unknown
TOSHIBA_MEC_MR3^10	001900BE	SL	1	Unknown
TOSHIBA_MEC_MR3^10	001900C1	SL	1	Unknown
TOSHIBA_MEC_MR3^10	001900C3	SL	1	Unknown
TOSHIBA_MEC_MR3^10	001900C6	FL	2	Unknown
TOSHIBA_MEC_MR3^10	001900C9	SL	1	Unknown
TOSHIBA_MEC_MR3^10	001900CA	LO	1	Unknown
TOSHIBA_MEC_MR3^10	001900CB	UL	1	Unknown
TOSHIBA_MEC_MR3^10	001900CC	UL	1	Unknown
TOSHIBA_MEC_MR3^10	001900CD	SL	1	Unknown
TOSHIBA_MEC_MR3^10	001900CE	SL	1	Unknown
TOSHIBA_MEC_MR3^10	001900CF	SL	1	Unknown
TOSHIBA_MEC_MR3^10	001900D0	US	1	Unknown
TOSHIBA_MEC_MR3^10	001900D1	SL	1	Unknown
TOSHIBA_MEC_MR3^10	001900D2	SL	3	Unknown
TOSHIBA_MEC_MR3^10	001900D3	SL	1	Unknown
TOSHIBA_MEC_MR3^10	001900D4	SL	1	Unknown
TOSHIBA_MEC_MR3^10	001900D8	US	1	Unknown
TOSHIBA_MEC_MR3^10	001900D9	SQ	1	Unknown
TOSHIBA_MEC_MR3^10	001900DA	US	1	Unknown
TOSHIBA_MEC_MR3^10	001900DB	SL	1	Unknown
TOSHIBA_MEC_MR3^10	001900DC	SL	1	Unknown
TOSHIBA_MEC_MR3^10	001900E1	SL	1	Unknown
TOSHIBA_MEC_MR3^10	001900E4	SL	1	Unknown
TOSHIBA_MEC_MR3^10	001900E5	SQ	1	Unknown
TOSHIBA_MEC_MR3^10	001900E6	SQ	1	Unknown
TOSHIBA_MEC_MR3^10	001900E9	SL	1	Unknown
TOSHIBA_MEC_MR3^10	001900EA	UI	1	Unknown
TOSHIBA_MEC_MR3^10	001900EB	SL	1	Unknown
TOSHIBA_MEC_MR3^10	001900EC	US	1	Unknown
TOSHIBA_MEC_MR3^10	001900EE	FL	1	Unknown
TOSHIBA_MEC_MR3^10	001900EF	FL	1	Unknown
TOSHIBA_MEC_MR3^10	001900F0	SL	1	Unknown
TOSHIBA_MEC_MR3^10	001900F1	FL	1	Unknown
TOSHIBA_MEC_MR3^10	001900F2	FL	1	Unknown
TOSHIBA_MEC_MR3^10	001900F3	SL	1	Unknown
TOSHIBA_MEC_MR3^10	001900F4	FD	1	Unknown
TOSHIBA_MEC_MR3^10	001900F5	SL	1	Unknown
TOSHIBA_MEC_MR3^10	001900F6	UI	1	Unknown
TOSHIBA_MEC_MR3^10	001900F8	US	1	Unknown
TOSHIBA_MEC_MR3^10	001900F9	SL	1	Unknown
TOSHIBA_MEC_MR3^10	001900FA	FL	1	Unknown
TOSHIBA_MEC_MR3^10	001900FB	UL	1	Unknown
TOSHIBA_MEC_MR3^10	001900FC	FL	1	Unknown
TOSHIBA_MEC_MR3^10	001900FD	FL	1	Unknown
TOSHIBA_MEC_MR3^10	001900FE	SL	1	Unknown
TOSHIBA_MEC_MR3^10	001900FF	SL	3	Unknown
TOSHIBA_MEC_MR3^10	00210002	SL	1	Unknown
TOSHIBA_MEC_MR3^10	00210003	SL	1	Unknown
TOSHIBA_MEC_MR3^10	00210004	US	1	Unknown
TOSHIBA_MEC_MR3^10	00210008	DS	3	Unknown
TOSHIBA_MEC_MR3^10	00210009	DS	3	Unknown
TOSHIBA_MEC_MR3^10	0021000A	DS	3	Unknown
TOSHIBA_MEC_MR3^10	0021000B	US	1	Unknown
TOSHIBA_MEC_MR3^10	0021000C	US	1	Unknown
TOSHIBA_MEC_MR3^10	0021000D	FL	1	Unknown
TOSHIBA_MEC_MR3^10	0021000F	US	1	Unknown
TOSHIBA_MEC_MR3^10	00210012	DS	3	Unknown
TOSHIBA_MEC_MR3^10	00210014	SQ	1	Unknown
TOSHIBA_MEC_MR3^10	00210015	FL	1	Unknown
TOSHIBA_MEC_MR3^10	00210016	FL	2	Unknown
TOSHIBA_MEC_MR3^10	00210018	US	1	Unknown
TOSHIBA_MEC_MR3^10	0021001A	US	1	Unknown
TOSHIBA_MEC_MR3^10	0021001D	IS	1	Unknown
TOSHIBA_MEC_MR3^10	0021001F	US	1	Unknown
TOSHIBA_MEC_MR3^10	00210022	US	1	Unknown
TOSHIBA_MEC_MR3^10	00210023	SS	1	Unknown
TOSHIBA_MEC_MR3^10	00290001	SL	1	Unknown
TOSHIBA_MEC_MR3^10	00290005	SQ	1	Unknown
TOSHIBA_MEC_MR3^10	00290006	FL	1	Unknown
TOSHIBA_MEC_MR3^10	00290007	FL	1	Unknown
TOSHIBA_MEC_MR3^10	0029001C	FL	2	Unknown
TOSHIBA_MEC_MR3^10	00290021	SL	3	Unknown
TOSHIBA_MEC_MR3^10	0029004E	SL	1	Unknown
TOSHIBA_MEC_MR3^10	00290050	LO	1	Unknown
TOSHIBA_MEC_MR3^10	00290051	LO	1	Unknown
TOSHIBA_MEC_MR3^10	00290052	LO	1	Unknown
TOSHIBA_MEC_MR3^10	00290054	LO	1	Unknown
TOSHIBA_MEC_MR3^10	00290067	FD	4	Unknown
TOSHIBA_MEC_MR3^10	00290068	SS	1	Unknown
TOSHIBA_MEC_MR3^10	0029006E	OB	1	Unknown
TOSHIBA_MEC_MR3^10	700D0010	DS	1	2nd Flip Angle [degree]
TOSHIBA_MEC_MR3^10	700D0011	US	2	Acquisition Inner Matrix
TOSHIBA_MEC_MR3^10	700D0012	US	1	MP2RAGE Flag
TOSHIBA_MEC_MR3^10	700D0013	FL	1	Inversion efficiency of inversion recovery pulse
TOSHIBA_MEC_MR3^10	700D0014	SL	1	Number of dummy shot
TOSHIBA_MEC_MR3^10	700D0015	FL	1	FFE total repetition time[s]
TOSHIBA_MEC_MR3^10	700D0016	LO	3	PAS Name
TOSHIBA_MEC_MR3^10	700D0017	LT	1	Intended Processing
TOSHIBA_MEC_MR3^10	700D0018	SS	1-n	Scanned Orientation IDs
TOSHIBA_MEC_MR3^10	700D0019	OB	1	PAS Reproduct Information
TOSHIBA_MEC_MR3^10	700D0080	US	1	Unknown
TOSHIBA_MEC_MR3^10	E2010002	US	1	Unknown
TOSHIBA_MEC_MR3^10	E3010000	SH	1	Unknown
TOSHIBA_MEC_MR3^10	E4010000	US	1	Unknown
TOSHIBA_MEC_MR3^10	E4010001	US	1	Unknown
TOSHIBA_MEC_MR3^10	E4010002	US	1	Unknown
TOSHIBA_MEC_MR3^10	E4010003	US	1	Unknown
TOSHIBA_MEC_MR3^10	E4010004	US	1	Unknown
TOSHIBA_MEC_MR3^10	E4010005	OB	1	Unknown
TOSHIBA_MEC_MR3^10	E4010007	FL	1	Unknown
TOSHIBA_MEC_MR3^10	E4010008	FL	1	Unknown
TOSHIBA_MEC_MR3^10	E4010012	FL	1	Unknown
TOSHIBA_MEC_MR3^10	E4010013	OB	1	Unknown
TOSHIBA_MEC_MR3^10	E4010020	SQ	1	Unknown
TOSHIBA_MEC_MR3^10	E4010021	SQ	1	Unknown
TOSHIBA_MEC_MR3^10	E4010022	LO	1	Unknown
TOSHIBA_MEC_MR3^10	E4010023	SH	1	Unknown
TOSHIBA_MEC_MR3^10	E4010024	OB	1	Unknown
TOSHIBA_MEC_MR3^10	E4030000	SQ	1	Unknown
TOSHIBA_MEC_MR3^10	EE010000	US	1	Unknown
TOSHIBA_MEC_MR3^10	EE010001	OB	1	Unknown
TOSHIBA_MEC_MR3^10	EE010002	US	1	Unknown
TOSHIBA_MEC_MR3^11	00190002	SL	1	Unknown
TOSHIBA_MEC_MR3^11	00190003	SL	1	Unknown
TOSHIBA_MEC_MR3^11	00190004	SL	1	Unknown
TOSHIBA_MEC_MR3^11	00190008	SH	1	Unknown
TOSHIBA_MEC_MR3^11	00190009	SL	2	Unknown
TOSHIBA_MEC_MR3^11	0019000A	SL	1	Unknown
TOSHIBA_MEC_MR3^11	0019000B	OB	1	Unknown
TOSHIBA_MEC_MR3^11	0019000C	SL	1	Unknown
TOSHIBA_MEC_MR3^11	00190019	SQ	1	Unknown
TOSHIBA_MEC_MR3^11	00190024	SL	1	Unknown
TOSHIBA_MEC_MR3^11	00190025	SL	1	Unknown
TOSHIBA_MEC_MR3^11	00190026	SL	1	Unknown
TOSHIBA_MEC_MR3^11	00190028	SL	1	Unknown
TOSHIBA_MEC_MR3^11	00190029	SL	1	Unknown
TOSHIBA_MEC_MR3^11	0019002A	FL	1	Unknown
TOSHIBA_MEC_MR3^11	0019002B	FL	1	Unknown
TOSHIBA_MEC_MR3^11	0019002C	SL	3	Unknown
TOSHIBA_MEC_MR3^11	0019002D	SL	3	Unknown
TOSHIBA_MEC_MR3^11	0019002E	SL	1	Unknown
TOSHIBA_MEC_MR3^11	00190030	SL	1	Unknown
TOSHIBA_MEC_MR3^11	00190031	SL	1	Unknown
TOSHIBA_MEC_MR3^11	00190032	SL	1	Unknown
TOSHIBA_MEC_MR3^11	00190034	FL	1	Unknown
TOSHIBA_MEC_MR3^11	00190035	SL	1	Unknown
TOSHIBA_MEC_MR3^11	00190036	FL	1	Unknown
TOSHIBA_MEC_MR3^11	00190037	SL	1	Unknown
TOSHIBA_MEC_MR3^11	00190038	SL	1	Unknown
TOSHIBA_MEC_MR3^11	00190039	FL	1	Unknown
TOSHIBA_MEC_MR3^11	0019003A	FL	1	Unknown
TOSHIBA_MEC_MR3^11	0019003C	FL	3	Unknown
TOSHIBA_MEC_MR3^11	0019003E	FL	9	Unknown
TOSHIBA_MEC_MR3^11	0019003F	UI	1	Unknown
TOSHIBA_MEC_MR3^11	00190040	US	1	Unknown
TOSHIBA_MEC_MR3^11	00190041	US	1	Unknown
TOSHIBA_MEC_MR3^11	00190042	SL	1	Unknown
TOSHIBA_MEC_MR3^11	00190043	SL	1	Unknown
TOSHIBA_MEC_MR3^11	00190044	SL	1	Unknown
TOSHIBA_MEC_MR3^11	00190046	FL	1	Unknown
TOSHIBA_MEC_MR3^11	00190048	LT	1	Unknown
TOSHIBA_MEC_MR3^11	00190049	LT	1	Unknown
TOSHIBA_MEC_MR3^11	0019004C	SL	1	Unknown
TOSHIBA_MEC_MR3^11	0019004D	SL	1	Unknown
TOSHIBA_MEC_MR3^11	0019004E	SL	1	Unknown
TOSHIBA_MEC_MR3^11	00190055	LO	1	Unknown
TOSHIBA_MEC_MR3^11	00190057	FL	1	Unknown
TOSHIBA_MEC_MR3^11	00190058	US	1	Unknown
TOSHIBA_MEC_MR3^11	00190059	US	1	Unknown
TOSHIBA_MEC_MR3^11	0019005C	SL	1	Unknown
TOSHIBA_MEC_MR3^11	0019005D	SL	1	Unknown
TOSHIBA_MEC_MR3^11	0019005F	FL	1	Unknown
TOSHIBA_MEC_MR3^11	00190060	SL	1	Unknown
TOSHIBA_MEC_MR3^11	00190061	FL	1	Unknown
TOSHIBA_MEC_MR3^11	00190062	FL	1	Unknown
TOSHIBA_MEC_MR3^11	00190063	SL	1	Unknown
TOSHIBA_MEC_MR3^11	00190067	FL	1	Unknown
TOSHIBA_MEC_MR3^11	00190068	SL	1	Unknown
TOSHIBA_MEC_MR3^11	0019006C	FL	1	Unknown
TOSHIBA_MEC_MR3^11	0019006D	SH	1	Unknown
TOSHIBA_MEC_MR3^11	0019006E	SH	1	Unknown
TOSHIBA_MEC_MR3^11	0019006F	FL	1	Unknown
TOSHIBA_MEC_MR3^11	00190070	FL	1	Unknown
TOSHIBA_MEC_MR3^11	00190071	SL	1	Unknown
TOSHIBA_MEC_MR3^11	00190072	FL	1	Unknown
TOSHIBA_MEC_MR3^11	00190073	FL	1	Unknown
TOSHIBA_MEC_MR3^11	00190077	FL	1	Unknown
TOSHIBA_MEC_MR3^11	00190078	SL	1	Unknown
TOSHIBA_MEC_MR3^11	0019007A	SL	2	Unknown
TOSHIBA_MEC_MR3^11	0019007C	FL	3	Unknown
TOSHIBA_MEC_MR3^11	0019007D	SL	1	Unknown
TOSHIBA_MEC_MR3^11	0019007E	SL	1	Unknown
TOSHIBA_MEC_MR3^11	0019007F	SL	1	Unknown
TOSHIBA_MEC_MR3^11	00190080	FL	1	Unknown
TOSHIBA_MEC_MR3^11	00190083	FL	1	Unknown
TOSHIBA_MEC_MR3^11	00190084	SL	1	Unknown
TOSHIBA_MEC_MR3^11	00190087	SL	1	Unknown
TOSHIBA_MEC_MR3^11	0019008A	US	1	Unknown
TOSHIBA_MEC_MR3^11	0019008B	SL	1	Unknown
TOSHIBA_MEC_MR3^11	0019008C	SL	1	Unknown
TOSHIBA_MEC_MR3^11	0019008F	SL	1	Unknown
TOSHIBA_MEC_MR3^11	00190091	SL	1	Unknown
TOSHIBA_MEC_MR3^11	00190092	SL	1	Unknown
TOSHIBA_MEC_MR3^11	00190094	FL	1	Unknown
TOSHIBA_MEC_MR3^11	0019009A	SL	1	Unknown
TOSHIBA_MEC_MR3^11	0019009B	US	1	Unknown
TOSHIBA_MEC_MR3^11	0019009C	FL	1	Unknown
TOSHIBA_MEC_MR3^11	0019009D	SL	1	Unknown
TOSHIBA_MEC_MR3^11	0019009E	SL	1	Unknown
TOSHIBA_MEC_MR3^11	0019009F	SL	1	Unknown
TOSHIBA_MEC_MR3^11	001900A0	SL	1	Unknown
TOSHIBA_MEC_MR3^11	001900A5	US	1	Unknown
TOSHIBA_MEC_MR3^11	001900A6	US	1	Unknown
TOSHIBA_MEC_MR3^11	001900A8	SL	1	Unknown
TOSHIBA_MEC_MR3^11	001900AB	US	1	Unknown
TOSHIBA_MEC_MR3^11	001900AD	SL	1	Unknown
TOSHIBA_MEC_MR3^11	001900AE	SL	1	Unknown
TOSHIBA_MEC_MR3^11	001900B0	FL	1	Unknown
TOSHIBA_MEC_MR3^11	001900B1	SL	1	Unknown
TOSHIBA_MEC_MR3^11	001900B2	US	1	Unknown
TOSHIBA_MEC_MR3^11	001900B3	US	1	Unknown
TOSHIBA_MEC_MR3^11	001900B4	US	1	Unknown
TOSHIBA_MEC_MR3^11	001900B5	FL	1	Unknown
TOSHIBA_MEC_MR3^11	001900B6	SL	1	Unknown
TOSHIBA_MEC_MR3^11	001900B7	US	1	Unknown
TOSHIBA_MEC_MR3^11	001900B9	US	1	Unknown
TOSHIBA_MEC_MR3^11	001900BB	FL	1	Unknown
TOSHIBA_MEC_MR3^11	001900BC	SL	1	Unknown
TOSHIBA_MEC_MR3^11	001900BD	SL	1	Unknown
TOSHIBA_MEC_MR3^11	001900BE	FL	1	Unknown
TOSHIBA_MEC_MR3^11	001900BF	SL	1	Unknown
TOSHIBA_MEC_MR3^11	001900C0	SL	1	Unknown
TOSHIBA_MEC_MR3^11	001900C1	US	1	Unknown
TOSHIBA_MEC_MR3^11	001900C3	FL	1	Unknown
TOSHIBA_MEC_MR3^11	001900C4	SL	1	Unknown
TOSHIBA_MEC_MR3^11	001900CD	SL	3	Unknown
TOSHIBA_MEC_MR3^11	001900E0	FL	1	Unknown
TOSHIBA_MEC_MR3^11	001900E1	FL	1	Unknown
TOSHIBA_MEC_MR3^11	001900E3	SL	3	Unknown
TOSHIBA_MEC_MR3^11	001900E4	DS	1	Unknown
TOSHIBA_MEC_MR3^11	001900E5	SQ	1	Unknown
TOSHIBA_MEC_MR3^11	001900E6	SQ	1	Unknown
TOSHIBA_MEC_MR3^11	001900F0	SL	4	Unknown
TOSHIBA_MEC_MR3^11	001900F1	SL	3	Unknown
TOSHIBA_MEC_MR3^11	001900F2	FL	3	Unknown
TOSHIBA_MEC_MR3^11	001900F3	SL	1	Unknown
TOSHIBA_MEC_MR3^11	001900F4	SL	1	Unknown
TOSHIBA_MEC_MR3^11	001900F5	SQ	1	Unknown
TOSHIBA_MEC_MR3^11	001900F6	SL	1	Unknown
TOSHIBA_MEC_MR3^11	001900F7	SL	1	Unknown
TOSHIBA_MEC_MR3^11	001900F8	SL	1	Unknown
TOSHIBA_MEC_MR3^11	001900F9	SL	1	Unknown
TOSHIBA_MEC_MR3^11	001900FA	SL	1	Unknown
TOSHIBA_MEC_MR3^11	001900FB	FL	1	Unknown
TOSHIBA_MEC_MR3^11	001900FC	FL	1	Unknown
TOSHIBA_MEC_MR3^11	001900FD	SL	1	Unknown
TOSHIBA_MEC_MR3^11	001900FE	SL	1	Unknown
TOSHIBA_MEC_MR3^11	001900FF	SL	1	Unknown
TOSHIBA_MEC_MR3^12	00190000	SL	1	Unknown
TOSHIBA_MEC_MR3^12	00190001	SL	1	Unknown
TOSHIBA_MEC_MR3^12	00190002	SL	1	Unknown
TOSHIBA_MEC_MR3^12	00190003	SL	1	Unknown
TOSHIBA_MEC_MR3^12	00190004	SL	1	Unknown
TOSHIBA_MEC_MR3^12	00190005	SH	1	Unknown
TOSHIBA_MEC_MR3^12	00190006	FL	1	Unknown
TOSHIBA_MEC_MR3^12	00190007	UL	1-n	Unknown
TOSHIBA_MEC_MR3^12	00190008	UL	1-n	Unknown
TOSHIBA_MEC_MR3^12	00190009	SL	1	Unknown
TOSHIBA_MEC_MR3^12	0019000A	SL	1	Unknown
TOSHIBA_MEC_MR3^12	0019000B	SL	1	Unknown
TOSHIBA_MEC_MR3^12	0019000C	UL	1	Unknown
TOSHIBA_MEC_MR3^12	0019000D	SQ	1	Unknown
TOSHIBA_MEC_MR3^12	0019000E	US	1	Unknown
TOSHIBA_MEC_MR3^12	00190010	SL	1	Unknown
TOSHIBA_MEC_MR3^12	00190011	SL	1	Unknown
TOSHIBA_MEC_MR3^12	00190012	SL	1	Unknown
TOSHIBA_MEC_MR3^12	00190013	FL	1	Unknown
TOSHIBA_MEC_MR3^12	00190014	FL	1	Unknown
TOSHIBA_MEC_MR3^12	00190018	UL	1	Unknown
TOSHIBA_MEC_MR3^12	00190028	DS	1	Unknown
TOSHIBA_MEC_MR3^12	0019002A	DS	3	Unknown
TOSHIBA_MEC_MR3^12	0019002B	SQ	1	Unknown
TOSHIBA_MEC_MR3^12	00190032	SH	1	Unknown
TOSHIBA_MEC_MR3^12	00190034	SL	1	Unknown
TOSHIBA_MEC_MR3^12	00190052	FL	2	Unknown
TOSHIBA_MEC_MR3^12	00190076	OB	1	Unknown
TOSHIBA_MEC_MR3^12	00190079	SQ	1	Unknown
TOSHIBA_MEC_MR3^12	00190080	FD	1	Unknown
TOSHIBA_MEC_MR3^12	00190085	US	1	Unknown
TOSHIBA_MEC_MR3^12	00190086	LO	1	Unknown
TOSHIBA_MEC_MR3^12	00190087	SQ	1	Unknown
TOSHIBA_MEC_MR3^12	00190088	US	1	Unknown
TOSHIBA_MEC_MR3^12	00190089	SL	1	Unknown
TOSHIBA_MEC_MR3^12	0019008A	US	1	Unknown
TOSHIBA_MEC_MR3^12	0019008B	US	1	Unknown
TOSHIBA_MEC_MR3^12	0019008F	OB	1	Unknown
TOSHIBA_MEC_MR3^12	00190093	SL	1	Unknown
TOSHIBA_MEC_MR3^12	00190094	UI	1	Unknown
TOSHIBA_MEC_MR3^12	00190095	UI	1	Unknown
TOSHIBA_MEC_MR3^12	00190098	FL	3	Unknown
TOSHIBA_MEC_MR3^12	00190099	LO	1	Unknown
TOSHIBA_MEC_MR3^12	0019009A	DS	1	Unknown
TOSHIBA_MEC_MR3^12	0019009B	IS	1	Unknown
TOSHIBA_MEC_MR3^12	0019009C	DS	1	Unknown
TOSHIBA_MEC_MR3^12	0019009D	US	1	Unknown
TOSHIBA_MEC_MR3^12	0019009E	FL	3	Unknown
TOSHIBA_MEC_MR3^12	0019009F	FL	1	Unknown
TOSHIBA_MEC_MR3^12	001900A0	FL	1	Unknown
TOSHIBA_MEC_MR3^12	001900A1	FL	1	Unknown
TOSHIBA_MEC_MR3^12	001900A2	FL	1	Unknown
TOSHIBA_MEC_MR3^12	001900A3	FL	1	Unknown
TOSHIBA_MEC_MR3^12	001900A4	FL	1	Unknown
TOSHIBA_MEC_MR3^12	001900A5	FL	1	Unknown
TOSHIBA_MEC_MR3^12	001900A6	FL	1-n	Unknown
TOSHIBA_MEC_MR3^12	001900A7	FL	1	Unknown
TOSHIBA_MEC_MR3^12	001900A8	FL	1	Unknown
TOSHIBA_MEC_MR3^12	001900AA	FL	3	Unknown
TOSHIBA_MEC_MR3^12	001900AB	FL	3	Unknown
TOSHIBA_MEC_MR3^12	001900AC	FL	3	Unknown
TOSHIBA_MEC_MR3^12	001900AD	FL	3	Unknown
TOSHIBA_MEC_MR3^12	001900AE	FL	3	Unknown
TOSHIBA_MEC_MR3^12	001900AF	FL	3	Unknown
TOSHIBA_MEC_MR3^12	001900B3	FD	1	Unknown
TOSHIBA_MEC_MR3^12	001900B4	LO	1	Unknown
TOSHIBA_MEC_MR3^12	001900C2	US	1	Unknown
TOSHIBA_MEC_MR3^12	001900C3	FL	1	Unknown
TOSHIBA_MEC_MR3^12	001900C4	SL	1	Unknown
TOSHIBA_MEC_MR3^12	001900C5	SL	1	Unknown
TOSHIBA_MEC_MR3^12	001900C6	SL	1	Unknown
TOSHIBA_MEC_MR3^12	001900C7	FL	1	Unknown
TOSHIBA_MEC_MR3^12	001900CD	LO	1	Unknown
TOSHIBA_MEC_MR3^12	001900CE	UL	1	Unknown
TOSHIBA_MEC_MR3^12	001900CF	FL	1	Unknown
TOSHIBA_MEC_MR3^12	001900D1	FL	3	Unknown
TOSHIBA_MEC_MR3^12	001900D2	US	3	Unknown
TOSHIBA_MEC_MR3^12	001900D3	SS	1	Unknown
TOSHIBA_MEC_MR3^12	001900D4	US	2	Unknown
TOSHIBA_MEC_MR3^12	001900D5	FL	1	Unknown
TOSHIBA_MEC_MR3^12	001900D6	FL	3	Unknown
TOSHIBA_MEC_MR3^12	001900D7	US	2	Unknown
TOSHIBA_MEC_MR3^12	001900D8	FL	1-n	Unknown
TOSHIBA_MEC_MR3^12	001900DE	US	1	Unknown
TOSHIBA_MEC_MR3^12	001900DF	US	1	Unknown
TOSHIBA_MEC_MR3^12	001900E0	US	1	Unknown
TOSHIBA_MEC_MR3^12	001900E1	FL	3	Unknown
TOSHIBA_MEC_MR3^12	001900E2	FL	3	Unknown
TOSHIBA_MEC_MR3^12	001900E3	TM	1	Unknown
TOSHIBA_MEC_MR3^12	001900E4	US	2	Unknown
TOSHIBA_MEC_MR3^12	001900EB	US	1	Unknown
TOSHIBA_MEC_MR3^12	001900EC	US	1	Unknown
TOSHIBA_MEC_MR3^12	001900EF	DS	1	Unknown
TOSHIBA_MEC_MR3^12	001900F0	LO	1	Unknown
TOSHIBA_MEC_MR3^12	001900F1	LO	1	Unknown
TOSHIBA_MEC_MR3^12	001900FA	LT	1	Unknown
TOSHIBA_MEC_MR3^12	001900FC	FL	1	Unknown
TOSHIBA_MEC_MR3^12	001900FD	SL	1	Unknown
TOSHIBA_MEC_MR3^12	001900FE	SL	1	Unknown
TOSHIBA_MEC_MR3^13	00190002	US	1	Unknown
TOSHIBA_MEC_MR3^13	00190003	SL	1	Unknown
TOSHIBA_MEC_MR3^13	00190004	US	1	Unknown
TOSHIBA_MEC_MR3^13	00190005	SL	1	Unknown
TOSHIBA_MEC_MR3^13	00190008	SL	1	Unknown
TOSHIBA_MEC_MR3^13	00190009	SQ	1	Unknown
TOSHIBA_MEC_MR3^13	0019000A	FD	3	Unknown
TOSHIBA_MEC_MR3^13	0019000B	FD	1	Unknown
TOSHIBA_MEC_MR3^13	0019000C	FD	1	Unknown
TOSHIBA_MEC_MR3^13	0019000F	SH	1	Unknown
TOSHIBA_MEC_MR3^13	00190014	SH	1	Unknown
TOSHIBA_MEC_MR3^13	00190019	US	1	Unknown
TOSHIBA_MEC_MR3^13	0019001B	US	1	Unknown
TOSHIBA_MEC_MR3^13	0019001F	US	1	Unknown
TOSHIBA_MEC_MR3^13	00190022	SL	1	Unknown
TOSHIBA_MEC_MR3^13	E4030000	SH	1	Unknown
TOSHIBA_MEC_MR3^13	E4030001	OB	1	Unknown
TOSHIBA_MEC_MR3^13	E4030002	OB	1	Unknown
TOSHIBA_MEC_MR3^13	E4030003	OB	1	Unknown
TOSHIBA_MEC_OT3	0009xx00	LO	1	HIS/RIS Study ID
TOSHIBA_MEC_OT3	7019xx71	CS	1	Indicator of creator
TOSHIBA_MEC_OT3	7019xx72	LO	1	ID of quality assurance reviewer
TOSHIBA_MEC_OT3	7019xx73	PN	1	Name of quality assurance reviewer
TOSHIBA_MEC_OT3	7019xx74	DA	1	Date of completion of quality assurance
TOSHIBA_MEC_OT3	7019xx75	TM	1	Time of completion of quality assurance
TOSHIBA_MEC_OT3	7019xx76	LO	1	Host name of quality assurance station
TOSHIBA_MEC_OT3	7019xx77	CS	1	Station name and version of quality assurance station
TOSHIBA_MEC_OT3	7019xx78	CS	1	Flag of completion of quality assurance
TOSHIBA_MEC_OT3	7019xx79	CS	1	Status of quality assurance review
TOSHIBA_MEC_OT3	7019xx7A	UI	1	Original SOP Instance UID
TOSHIBA_MEC_OT3	7019xx7B	UI	1	Original Series Instance UID
TOSHIBA_MEC_OT3	7019xx7C	UI	1	Original Study Instance UID
TOSHIBA_MEC_OT3	7019xx7D	US	1	Rotation information for image display from original image
TOSHIBA_MEC_OT3	7019xx7E	SQ	1	Sequence of LR mark
TOSHIBA_MEC_OT3	7019xx7F	US	1	Rotation status at creation of LR mark
TOSHIBA_MEC_OT3	7019xx80	OB_OW	1	Original image data on area of original LR mark
TOSHIBA_MEC_OT3	7019xx81	SS	1	X start position of LR mark
TOSHIBA_MEC_OT3	7019xx82	SS	1	Y start position of LR mark
TOSHIBA_MEC_OT3	7019xx83	US	1	Size of LR mark in X direction
TOSHIBA_MEC_OT3	7019xx84	US	1	Size of LR mark in Y direction
TOSHIBA_MEC_OT3	7019xx85	LO	1	Previous Patient ID
TOSHIBA_MEC_OT3	7019xx86	CS	1	Previous modality
TOSHIBA_MEC_XA3	7079xx10	LO	1	
TOSHIBA_MEC_XA3	7079xx21	SH	5	
TOSHIBA_MEC_XA3	7079xx22	IS	2	
TOSHIBA_MEC_XA3	7079xx23	IS	2	
TOSHIBA_MEC_XA3	7079xx24	DS	1	
TOSHIBA_MEC_XA3	7079xx25	SH	1	
TOSHIBA_MEC_XA3	7079xx26	DS	2	
TOSHIBA_MEC_XA3	7079xx27	US	2	
TOSHIBA_MEC_XA3	7079xx28	US	1	
TOSHIBA_MEC_XA3	7079xx29	US	10	
TOSHIBA_MEC_XA3	7079xx2A	US	5	
TOSHIBA_MEC_XA3	7079xx2B	UN	1	
TOSHIBA_MEC_XA3	7079xx2C	SH	3	
TOSHIBA_MEC_XA3	7079xx2D	SS	2	
TOSHIBA_MEC_XA3	7079xx2E	SH	1	
TOSHIBA_MEC_XA3	7079xx2F	SH	1	
TOSHIBA_MEC_XA3	7079xx30	US	1	
TOSHIBA_MEC_XA3	7079xx31	US	1-n	
TOSHIBA_MEC_XA3	7079xx32	SH	2	
TOSHIBA_MEC_XA3	7079xx33	US	1-n	
TOSHIBA_MEC_XA3	7079xx34	SH	1	
TOSHIBA_MEC_XA3	7079xx35	SH	1	
TOSHIBA_MEC_XA3	7079xx36	SH	1	
TOSHIBA_MEC_XA3	7079xx37	US	4	
TOSHIBA_MEC_XA3	7079xx38	SS	1-n	
TOSHIBA_MEC_XA3	7079xx39	SS	1-n	
TOSHIBA_MEC_XA3	7079xx3A	US	2	
TOSHIBA_MEC_XA3	7079xx3B	SH	1	
TOSHIBA_MEC_XA3	7079xx3C	DS	2	
TOSHIBA_MEC_XA3	7079xx3D	SS	2	
TOSHIBA_MEC_XA3	7079xx3E	SH	1	
TOSHIBA_MEC_XA3	7079xx3F	US	2	
TOSHIBA_MEC_XA3	7079xx40	SH	2	
TOSHIBA_MEC_XA3	7079xx41	SS	2	
TOSHIBA_MEC_XA3	7079xx42	SH	1	
TOSHIBA_MEC_XA3	7079xx43	SH	1	
TOSHIBA_MEC_XA3	7079xx44	US	1	
TOSHIBA_MEC_XA3	7079xx45	SH	1	
TOSHIBA_MEC_XA3	7079xx46	SS	1	
TOSHIBA_MEC_XA3	7079xx47	SS	18	
TOSHIBA_MEC_XA3	7079xx48	US	12	
TOSHIBA_MEC_XA3	7079xx49	US	3	
TOSHIBA_MEC_XA3	7079xx4A	US	1	
TOSHIBA_MEC_XA3	7079xx4B	LO	3	
TOSHIBA_MEC_XA3	7079xx4C	OB	1	
TOSHIBA_MEC_XA3	7079xx4D	LO	3	
TOSHIBA_MEC_XA3	7079xx4E	SL	35	
TOSHIBA_MEC_XA3	7079xx4F	SH	3	
TOSHIBA_MEC_XA3	7079xx50	US	1-n	
TOSHIBA_MEC_XA3	7079xx51	US	1-n	
TOSHIBA_MEC_XA3	7079xx52	US	1	
TOSHIBA_MEC_XA3	7079xx53	SH	1	
TOSHIBA_MEC_XA3	7079xx54	US	5	
TOSHIBA_MEC_XA3	7079xx55	UL	47-47n	
TOSHIBA_MEC_XA3	7079xx56	US	1	
TOSHIBA_MEC_XA3	7079xx57	US	1-n	
TOSHIBA_MEC_XA3	7079xx58	US	1	
TOSHIBA_MEC_XA3	7079xx59	US	2-2n	
TOSHIBA_MEC_XA3	7079xx5A	US	1	
TOSHIBA_MEC_XA3	7079xx5B	US	2	
TOSHIBA_MEC_XA3	7079xx5C	US	2-2n	
TOSHIBA_MEC_XA3	7079xx5D	SH	1	
TOSHIBA_MEC_XA3	7079xx5E	US	2	
TOSHIBA_MEC_XA3	7079xx5F	SS	4-4n	
TOSHIBA_MEC_XA3	7079xx60	US	1-n	
TOSHIBA_MEC_XA3	7079xx61	SS	30-30n	
TOSHIBA_MEC_XA3	7079xx62	US	4	
TOSHIBA_MEC_XA3	7079xx63	US	1-n	
TOSHIBA_MEC_XA3	7079xx64	US	1-n	
TOSHIBA_MEC_XA3	7079xx65	US	1-n	
TOSHIBA_MEC_XA3	7079xx66	US	1-n	
TOSHIBA_MEC_XA3	7079xx67	US	1-n	
TOSHIBA_MEC_XA3	7079xx68	US	1-n	
TOSHIBA_MEC_XA3	7079xx69	US	1-n	
TOSHIBA_MEC_XA3	7079xx6A	US	1-n	
TOSHIBA_MEC_XA3	7079xx6B	US	1-n	
TOSHIBA_MEC_XA3	7079xx6C	US	1	
TOSHIBA_MEC_XA3	7079xx6D	DS	1	
TOSHIBA_MEC_XA3	7079xx6E	LO	1	
TOSHIBA_MEC_XA3	7079xx6F	DS	1	
TOSHIBA_MEC_XA3	7079xx70	DS	1	
TOSHIBA_MEC_XA3	7079xx71	DS	1-n	
TOSHIBA_MEC_XA3	7079xx72	DS	1-n	
TOSHIBA_MEC_XA3	7079xx73	SL	4	
TOSHIBA_MEC_XA3	7079xx74	SL	28	
TOSHIBA_MEC_XA3	7079xx75	SH	1	
TOSHIBA_MEC_XA3	7079xx76	US	1	
TOSHIBA_MEC_XA3	7079xx77	SL	1	
TOSHIBA_MEC_XA3	7079xx78	US	1	
TOSHIBA_MEC_XA3	7079xx79	US	1	
TOSHIBA_MEC_XA3	7079xx7B	SH	1	Unknown
TOSHIBA_MEC_XA3	7079xx80	LO	1	
TOSHIBA_MEC_XA3	7079xx81	SS	1-n	
TOSHIBA_MEC_XA3	7079xx82	SS	1-n	
TOSHIBA_SR	7015xx10	OB	1	Unknown
TOSHIBA_SR	7015xx60	OB	1	Unknown
Thinking Systems Private Creator	7FDD0042	UN	1	Unknown
Thinking Systems Private Creator	7FDD0097	UN	1	Unknown
V1	0011xx01	OB	1	User Data
V1	0011xx02	DS	1	Normalization Coefficient
V1	0011xx03	DS	1-n	Receiving Gain
V1	0011xx04	DS	1	Mean Image Noise
VEPRO BROKER 1.0	0057xx10	SQ	1	VEPRO Data replace sequence
VEPRO BROKER 1.0 DATA REPLACE	0057xx20	SQ	1	Original data sequence
VEPRO BROKER 1.0 DATA REPLACE	0057xx30	SQ	1	Replaced data sequence
VEPRO BROKER 1.0 DATA REPLACE	0057xx40	DA	1	Date of data replacement
VEPRO BROKER 1.0 DATA REPLACE	0057xx41	TM	1	Time of data replacement
VEPRO BROKER 1.0 DATA REPLACE	0057xx42	LO	1	Dicom receive node
VEPRO BROKER 1.0 DATA REPLACE	0057xx43	LO	1	Application name
VEPRO BROKER 1.0 DATA REPLACE	0057xx44	LO	1	Computer name
VEPRO DICOM RECEIVE DATA 1.0	0059xx40	DA	1	Receive date
VEPRO DICOM RECEIVE DATA 1.0	0059xx41	TM	1	Receive time
VEPRO DICOM RECEIVE DATA 1.0	0059xx42	ST	1	Receive node
VEPRO DICOM RECEIVE DATA 1.0	0059xx43	ST	1	Receive application
VEPRO DICOM RECEIVE DATA 1.0	0059xx50	ST	1	Receive local computer
VEPRO DICOM RECEIVE DATA 1.0	0059xx51	ST	1	Receive local ae title
VEPRO DICOM RECEIVE DATA 1.0	0059xx60	ST	1	Receive remote computer
VEPRO DICOM RECEIVE DATA 1.0	0059xx61	ST	1	Receive remote ae title
VEPRO DICOM RECEIVE DATA 1.0	0059xx70	UI	1	Receive original transfer syntax
VEPRO DICOM TRANSFER 1.0	0059xx10	SQ	1	Dicom Transfer Info
VEPRO VIF 3.0 DATA	0055xx30	OB	1	Icon data
VEPRO VIF 3.0 DATA	0055xx65	OB	1	Image hash value
VEPRO VIM 5.0 DATA	0055xx10	OB	1	VIFHEADER2
VEPRO VIM 5.0 DATA	0055xx20	OB	1	VIMDATA2
VEPRO VIM 5.0 DATA	0055xx30	OB	1	ICONDATA2
VEPRO VIM 5.0 DATA	0055xx51	UI	1	VEPRO UID ??
VEPRO VIM 5.0 DATA	0055xx65	OB	1	??
Varian Medical Systems VISION 3253	3253xx00	UN	1	XML stream.
Varian Medical Systems VISION 3253	3253xx01	UN	1	Data length of the XML stream
Varian Medical Systems VISION 3253	3253xx02	UN	1	Extended Interface Format tag
Viewing Protocol	0065xx93	CS	1	Unknown
Vital Images SW 3.4	5653xx10	OB	1	Saved Workflow
Vital Images SW 3.4	5653xx11	LO	1	Saved Workflow File Name
Vital Images SW 3.4	5653xx12	OB	1	Saved Workflow File Data
Vital Images SW 3.4	5653xx13	SL	1	Saved Workflow File Length
Vital Images SW 3.4	5653xx14	SQ	1	Saved Workflow File Sequence
Vital Images SW 3.4	5653xx15	SQ	1	Image Sequence
Vital Images SW 3.4	5653xx16	SL	1	Volume Interpolated Slices
Vital Images SW 3.4	5653xx17	UI	1	Volume SOP Instance UID
Vital Images SW 3.4	5653xx18	SH	1	Saved Workflow Mark
Vital Images SW 3.4	5653xx19	UI	1	Unknown
Vital Images SW 3.4	5653xx22	UI	1	Unknown
Vital Images SW 3.4	5653xx23	LO	1	Unknown
Voxar 2.16.124.113543.6003.1999.12.20.12.5.0	1135xx00	UI	1	Private Voxar Capture UID
Voxar 2.16.124.113543.6003.1999.12.20.12.5.0	1135xx01	OB	1	Private Voxar Saved State
Voxar 2.16.124.113543.6003.1999.12.20.12.5.0	1135xx02	SQ	1	Private Voxar Icon Image Sequence
Voxar 2.16.124.113543.6003.1999.12.20.12.5.0	1135xx03	ST	1	Private Voxar Top Right Display Demographics
Voxar 2.16.124.113543.6003.1999.12.20.12.5.0	1135xx04	ST	1	Private Voxar Bottom Left Display Demographics
Voxar 2.16.124.113543.6003.1999.12.20.12.5.0	1135xx05	IS	1	Private Voxar Span State Schema
Voxar 2.16.124.113543.6003.1999.12.20.12.5.0	1135xx06	UL	1	Private Voxar Live Image Restored Size
Voxar 2.16.124.113543.6003.1999.12.20.12.5.0	1135xx07	UI	1	Private Voxar CaptureType
Voxar 2.16.124.113543.6003.1999.12.20.12.5.0	1135xx08	SQ	1	Private Voxar Capture Source Series UID Sequence
Voxar 2.16.124.113543.6003.1999.12.20.12.5.0	1135xx09	UI	1	Private Voxar Capture Source Series UID
Voxar 2.16.124.113543.6003.1999.12.20.12.5.0	1135xx10	IS	1	Private Voxar Background Gray For Capture
Voxar 2.16.124.113543.6003.1999.12.20.12.5.0	1135xx11	IS	1	Private Voxar Calcium Scoring Report Schema
Voxar 2.16.124.113543.6003.1999.12.20.12.5.0	1135xx12	IS	1	Private Voxar Source Series Number
Voxar 2.16.124.113543.6003.1999.12.20.12.5.0	1135xx13	LO	1	Private Voxar Bottom Left Display Demographics
WG12 Supplement 43	0009xx01	SQ	1	Event Timer Sequence
WG12 Supplement 43	0009xx02	FD	1	Event Time Interval
WG12 Supplement 43	0009xx03	SQ	1	Event Code Sequence
WG12 Supplement 43	0019xx01	FD	1	Focus Depth(s)
WG12 Supplement 43	0019xx03	SQ	1	Excluded Intervals Sequence
WG12 Supplement 43	0019xx04	DT	1	Exclusion Start Datetime
WG12 Supplement 43	0019xx05	FD	1	Exclusion Duration
WG12 Supplement 43	0019xx06	SQ	1	US Image Description Sequence
WG12 Supplement 43	0019xx07	SQ	1	Image Data Type Sequence
WG12 Supplement 43	0019xx08	CS	1	Data Type
WG12 Supplement 43	0019xx09	SQ	1	Transducer Scan Geometry Code Sequence
WG12 Supplement 43	0019xx0B	CS	1	Aliased Data Type
WG12 Supplement 43	0019xx0C	CS	1	Position Measuring Device Used
WG12 Supplement 43	0019xx0D	SQ	1	Transducer Scanning Configuration Code Sequence
WG12 Supplement 43	0019xx0E	SQ	1	Transducer Beam Steering Code Sequence
WG12 Supplement 43	0019xx0F	SQ	1	Transducer Access Code Sequence
WG12 Supplement 43	0021xx01	FD	1	Image Position (Volume)
WG12 Supplement 43	0021xx02	FD	1	Image Orientation (Volume)
WG12 Supplement 43	0021xx07	CS	1	Ultrasound Acquisition Geometry
WG12 Supplement 43	0021xx08	FD	1	Apex Position
WG12 Supplement 43	0021xx09	FD	1	Volume to Transducer Mapping Matrix
WG12 Supplement 43	0021xx0A	FD	1	Volume to Table Mapping Matrix
WG12 Supplement 43	0021xx0C	CS	1	Patient Frame of Reference Source
WG12 Supplement 43	0021xx0D	FD	1	Temporal Position Time Offset
WG12 Supplement 43	0021xx0E	SQ	1	Plane Position (Volume) Sequence
WG12 Supplement 43	0021xx0F	SQ	1	Plane Orientation (Volume) Sequence
WG12 Supplement 43	0021xx10	SQ	1	Temporal Position Sequence
WG12 Supplement 43	0021xx11	CS	1	Dimension Organization Type
WG12 Supplement 43	0029xx01	SQ	1	Data Frame Assignment Sequence
WG12 Supplement 43	0029xx02	CS	1	Data Path Assignment
WG12 Supplement 43	0029xx03	US	1	Bits Mapped to Color Lookup Table
WG12 Supplement 43	0029xx04	SQ	1	Opacity 1 LUT Sequence
WG12 Supplement 43	0029xx05	CS	1	Opacity 1 LUT Transfer Function
WG12 Supplement 43	0029xx06	FD	1	Opacity Constant
WG12 Supplement 43	0029xx07	US	1	Opacity Lookup Table Descriptor
WG12 Supplement 43	0029xx08	OW	1	Opacity Lookup Table Data
WG12 Supplement 43	0029xx0B	SQ	1	Enhanced Palette Color Lookup Table Sequence
WG12 Supplement 43	0029xx0C	SQ	1	Opacity 2 LUT Sequence
WG12 Supplement 43	0029xx0D	CS	1	Opacity 2 LUT Transfer Function
WG12 Supplement 43	0029xx0E	CS	1	Data Path ID
WG12 Supplement 43	0029xx0F	CS	1	RGB LUT Transfer Function
WG12 Supplement 43	0029xx10	CS	1	Alpha LUT Transfer Function
WG12 Supplement 43	0041xx01	CS	1	Performed Protocol Type
agfa/originalStudyUID	7FDD0013	UN	1	Unknown
agfa/seriesHeader	7FDB0012	UN	1	Unknown
agfa/seriesHeader	7FDB0053	UN	1	Unknown
agfa/seriesHeader	7FDB0054	UN	1	Unknown
agfa/seriesHeader	7FDB0055	UN	1	Unknown
http://www.gemedicalsystems.com/it_solutions/bamwallthickness/1.0	3119xx10	DT	1	BAM WallThickness Session Date/Time
http://www.gemedicalsystems.com/it_solutions/bamwallthickness/1.0	3119xx20	PN	1	BAM WallThickness Session Creator
http://www.gemedicalsystems.com/it_solutions/bamwallthickness/1.0	3119xx30	CS	1	BAM WallThickness Session Completion Flag
http://www.gemedicalsystems.com/it_solutions/bamwallthickness/1.0	3119xx40	SQ	1	BAM WallThickness File Sequence
http://www.gemedicalsystems.com/it_solutions/bamwallthickness/1.0	3119xx50	ST	1	BAM WallThickness File Name
http://www.gemedicalsystems.com/it_solutions/bamwallthickness/1.0	3119xx60	OB	1	BAM WallThickness File Content
http://www.gemedicalsystems.com/it_solutions/orthoview/2.1	3117xx10	DT	1	OrthoView Session Date/Time
http://www.gemedicalsystems.com/it_solutions/orthoview/2.1	3117xx20	PN	1	OrthoView Session Creator
http://www.gemedicalsystems.com/it_solutions/orthoview/2.1	3117xx30	CS	1	OrthoView Session Completion Flag
http://www.gemedicalsystems.com/it_solutions/orthoview/2.1	3117xx40	SQ	1	OrthoView File Sequence
http://www.gemedicalsystems.com/it_solutions/orthoview/2.1	3117xx50	ST	1	OrthoView File Name
http://www.gemedicalsystems.com/it_solutions/orthoview/2.1	3117xx60	OB	1	OrthoView File Content
http://www.gemedicalsystems.com/it_solutions/rad_pacs/	3115xx01	UT	1	Reference to pacs study
http://www.gemedicalsystems.com/it_solutions/rad_pacs/	3115xx02	UT	1	Reference to pacs image
http://www.gemedicalsystems.com/it_solutions/rad_pacs/	3115xx03	CS	1	Pacs examnotes flag
syngoDynamics	0021xxAE	OB	1	Unknown
"""#
}
