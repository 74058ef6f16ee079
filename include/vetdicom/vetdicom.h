/*
 * vetdicom.h - the C API of libvetdicom, a DICOM library for veterinary imaging.
 *
 * This header is the whole contract. libvetdicom.so exports exactly the functions declared
 * here (a test compares the two lists). The Swift runtime is linked into the library, so a
 * program needs no Swift toolchain at run time.
 *
 * Conventions
 * - Every fallible function returns vetdicom_status: VETDICOM_OK (0) or an error code.
 *   Data and runtime errors are 1..99, caller errors 100 and above. Values never change.
 *   vetdicom_status_string() gives a fixed text; vetdicom_last_error_message() gives the
 *   detail (tag, offset, codec message) of the last failing call on the calling thread.
 * - Every pointer argument is checked: NULL where a value is required gives
 *   VETDICOM_ERR_NULL_ARGUMENT, never a crash. destroy/close(NULL) is a no-op.
 * - Output buffers belong to the caller. Functions that write variable-sized output take
 *   (buffer, capacity, &length): *length always receives the size needed (for strings: the
 *   byte count without the terminating NUL; capacity must be at least length + 1). With a
 *   buffer that is NULL or too small the function returns VETDICOM_ERR_BUFFER_TOO_SMALL and
 *   writes nothing: call once with (NULL, 0) to learn the size, then again.
 * - Strings are UTF-8 and NUL-terminated. A `const char *` returned by the library lives as
 *   long as the object it came from (the file handle) unless its comment says otherwise.
 * - Frames, items and value indices are numbered from 0.
 * - Integers are fixed width; there is no bool, long or struct passed by value. Structs that
 *   the library fills carry `struct_size` as their first field: set it to sizeof(struct).
 *   The struct_size rule (so a program keeps working when a later version grows a struct, and
 *   a program built against a later header works with this library): any struct_size from the
 *   struct's 1.0 size up is accepted; the library writes min(struct_size, the size it knows)
 *   bytes and sets struct_size to that count; fields beyond it are left untouched. A
 *   struct_size below the 1.0 size is VETDICOM_ERR_INVALID_ARGUMENT and nothing is written.
 *   Structs only grow at the end; 1.0 sizes (LP64): vetdicom_patient 152, vetdicom_image_info
 *   72, vetdicom_frame_info 40, vetdicom_geometry 48.
 * - Handles (vetdicom_file, vetdicom_options, vetdicom_dataset) are checked on every call: a
 *   closed file, destroyed options, a data set of a closed file, or any pointer the library did
 *   not hand out gives VETDICOM_ERR_CLOSED; a handle of another kind gives
 *   VETDICOM_ERR_WRONG_HANDLE; closing or destroying twice does nothing. Handles are opaque
 *   tokens that are never reused (never dereference them).
 *
 * Threading
 * - A vetdicom_file may be used from several threads at once for reading metadata,
 *   decoding frames and rendering (distinct or equal frames). Closing a file while
 *   another thread uses it is a caller error, and so is editing it (vetdicom_file_set_* and the
 *   other functions of "Editing and saving") while another thread uses it. Saving reads only,
 *   and may run alongside other reads. A vetdicom_options object must not be modified
 *   while another thread passes it to a function; reading it concurrently is fine.
 * - Error messages are per thread.
 */
#ifndef VETDICOM_H
#define VETDICOM_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define VETDICOM_VERSION_MAJOR 1
#define VETDICOM_VERSION_MINOR 0
#define VETDICOM_VERSION_PATCH 0
#define VETDICOM_VERSION_NUMBER \
    (VETDICOM_VERSION_MAJOR * 10000 + VETDICOM_VERSION_MINOR * 100 + VETDICOM_VERSION_PATCH)

/* ------------------------------------------------------------------------------------------ */
/* Status codes                                                                               */
/* ------------------------------------------------------------------------------------------ */

typedef int32_t vetdicom_status;

#define VETDICOM_OK                              0
#define VETDICOM_ERR_NOT_DICOM                   1   /* input is not DICOM (PNG, gzip, empty...) */
#define VETDICOM_ERR_TRUNCATED                   2   /* data ends early; the message says where   */
#define VETDICOM_ERR_INVALID_DATA                3   /* malformed or inconsistent structure       */
#define VETDICOM_ERR_UNSUPPORTED_TRANSFER_SYNTAX 4   /* the message names the UID                 */
#define VETDICOM_ERR_CODEC                       5   /* a codec failed on the bitstream           */
#define VETDICOM_ERR_LIMIT_EXCEEDED              6   /* the message names the limit               */
#define VETDICOM_ERR_NOT_FOUND                   7   /* no such element, item or keyword          */
#define VETDICOM_ERR_TYPE_MISMATCH               8   /* value cannot be read as that type         */
#define VETDICOM_ERR_NO_PIXEL_DATA               9
#define VETDICOM_ERR_IO                         10   /* open/read/write of a file failed          */
#define VETDICOM_ERR_OUT_OF_MEMORY              11
#define VETDICOM_ERR_UNSUPPORTED                12   /* combination not supported (syntax, pixels, VR) */
#define VETDICOM_ERR_INVALID_VALUE              13   /* value does not fit its VR; message names the element */
#define VETDICOM_ERR_NULL_ARGUMENT             100
#define VETDICOM_ERR_INVALID_ARGUMENT          101
#define VETDICOM_ERR_BUFFER_TOO_SMALL          102
#define VETDICOM_ERR_OUT_OF_RANGE              103   /* frame, item or value index too large      */
#define VETDICOM_ERR_UNKNOWN_OPTION            104
#define VETDICOM_ERR_CLOSED                    105   /* the handle was closed (or is not a live handle) */
#define VETDICOM_ERR_WRONG_HANDLE              106   /* a handle of another kind was passed           */

/* A fixed English description of a status. Static storage; never NULL. */
const char *vetdicom_status_string(vetdicom_status status);

/* The detail message of the last call that failed on this thread ("" if none). The pointer
 * stays valid until the next vetdicom call on this thread. */
const char *vetdicom_last_error_message(void);

/* VETDICOM_VERSION_NUMBER of the library actually loaded. */
uint32_t vetdicom_version_number(void);

/* "MAJOR.MINOR.PATCH". Static storage. */
const char *vetdicom_version_string(void);

/* ------------------------------------------------------------------------------------------ */
/* Options (by key, so new knobs never change a signature)                                    */
/* ------------------------------------------------------------------------------------------ */

typedef struct vetdicom_options vetdicom_options;

/* Open options (limits). Defaults in parentheses. */
#define VETDICOM_OPT_MAX_DEPTH          "max_depth"          /* sequence nesting (64)            */
#define VETDICOM_OPT_MAX_ELEMENTS       "max_elements"       /* elements in the file (4000000)   */
#define VETDICOM_OPT_MAX_VALUE_LENGTH   "max_value_length"   /* bytes of one value (16 GiB)      */
#define VETDICOM_OPT_MAX_INFLATED_BYTES "max_inflated_bytes" /* deflated data set output (4 GiB) */
#define VETDICOM_OPT_MAX_FRAME_BYTES    "max_frame_bytes"    /* one decoded frame (4 GiB)        */
#define VETDICOM_OPT_MAX_DIMENSION      "max_dimension"      /* rows, columns (65535)            */
#define VETDICOM_OPT_MAX_FRAMES         "max_frames"         /* number of frames (1048576)       */
#define VETDICOM_OPT_MAX_TOTAL_DECODED_BYTES "max_total_decoded_bytes" /* all frames decoded (64 GiB) */
/* vetdicom_file_open_memory: 1 = borrow the caller's bytes (they must outlive the file),
 * 0 = copy them (default). */
#define VETDICOM_OPT_BORROW_MEMORY      "borrow_memory"

/* Decode options. */
/* 1 = return YBR_FULL / YBR_FULL_422 pixels as Y,Cb,Cr (chroma upsampled) instead of RGB (0). */
#define VETDICOM_OPT_KEEP_YBR           "keep_ybr"
/* Threads used to decode frames in parallel by vetdicom_file_decode_frames (1). */
#define VETDICOM_OPT_THREADS            "threads"
/* Threads a codec may use inside one frame (1; OpenJPEG honours it for large JPEG 2000 frames). */
#define VETDICOM_OPT_CODEC_THREADS      "codec_threads"

/* Creates an options object with every default. Free it with vetdicom_options_destroy. */
vetdicom_status vetdicom_options_create(vetdicom_options **out);
/* Frees an options object. NULL is a no-op. */
void vetdicom_options_destroy(vetdicom_options *options);
/* Sets an integer option. VETDICOM_ERR_UNKNOWN_OPTION for a key this version doesn't know,
 * VETDICOM_ERR_INVALID_ARGUMENT for a value out of range (limits must be >= 1). */
vetdicom_status vetdicom_options_set_int64(vetdicom_options *options, const char *key, int64_t value);
/* Sets a floating-point option (rendering keys below). */
vetdicom_status vetdicom_options_set_double(vetdicom_options *options, const char *key, double value);
/* Sets a string option (rendering keys below). The string is copied. */
vetdicom_status vetdicom_options_set_string(vetdicom_options *options, const char *key, const char *value);

/* ------------------------------------------------------------------------------------------ */
/* Files                                                                                      */
/* ------------------------------------------------------------------------------------------ */

typedef struct vetdicom_file vetdicom_file;

/* Opens a DICOM file: a Part 10 file (preamble, "DICM", file meta) or a bare data set in
 * implicit or explicit VR. Files up to 1 MiB are read whole; a larger file keeps its descriptor
 * until close, opening reads only the chunks that hold its header and offset tables, and pixel
 * data is read when decoded (VETDICOM_OPT_MAP_FILE maps the file instead; docs/security.md,
 * "Open modes"). Values are decoded lazily. `options` may be NULL (defaults).
 * On success *out receives a handle to free with vetdicom_file_close.
 * Errors: NOT_DICOM, TRUNCATED, INVALID_DATA, LIMIT_EXCEEDED, IO. */
vetdicom_status vetdicom_file_open(const char *path, const vetdicom_options *options, vetdicom_file **out);

/* Opens DICOM bytes in memory. They are copied unless VETDICOM_OPT_BORROW_MEMORY is 1, in
 * which case they are borrowed and must stay valid and unchanged until vetdicom_file_close. */
vetdicom_status vetdicom_file_open_memory(const uint8_t *data, size_t size, const vetdicom_options *options,
                                          vetdicom_file **out);

/* Closes a file and frees everything that came from it (data sets, strings). NULL is a no-op. */
void vetdicom_file_close(vetdicom_file *file);

/* The transfer syntax UID the data set is encoded in (from the file meta, or inferred for
 * files without one). Lives as long as the file. */
vetdicom_status vetdicom_file_transfer_syntax(const vetdicom_file *file, const char **uid);

/* ------------------------------------------------------------------------------------------ */
/* Data sets and elements                                                                     */
/* ------------------------------------------------------------------------------------------ */

/* A data set: the main one, the file meta group, or a sequence item. Owned by the file;
 * valid until vetdicom_file_close. Never freed by the caller. */
typedef struct vetdicom_dataset vetdicom_dataset;

/* The main data set. */
vetdicom_status vetdicom_file_dataset(const vetdicom_file *file, const vetdicom_dataset **out);
/* The file meta information (group 0002); an empty data set for files without one. */
vetdicom_status vetdicom_file_meta(const vetdicom_file *file, const vetdicom_dataset **out);

/* Element keys. Every function below that takes `key` accepts:
 *   a keyword                "PatientName"
 *   a tag                    "(0010,0010)", "0010,0010", "00100010" or "0x00100010"
 *   a path into sequences    "PatientSpeciesCodeSequence[0].CodeMeaning"
 *                            "(0010,2202)[0].(0008,0104)"
 * Unknown keyword or malformed key: INVALID_ARGUMENT. Absent element: NOT_FOUND.
 * The calls that read a value (vm of a string, get_string, get_int64, get_double, get_bytes,
 * to_json, dataset_elements) report TRUNCATED, naming the element, when the file was truncated
 * while open and no longer holds the value's bytes (never zeros; with map_file = 1 the size is
 * checked before reading, a truncation racing the read itself still raises SIGBUS). So do
 * vetdicom_file_image_info, vetdicom_file_geometry, the render, VOI and modality-value calls
 * for the image attributes they read. */

/* The keyword of `tag` in the standard data dictionary (DICOM 2025, from pydicom's tables),
 * e.g. "PatientName" for 0x00100010; repeating groups (60xx, 50xx) give their common keyword,
 * private creators (gggg,0010-00FF with odd gggg) "PrivateCreator", group lengths
 * "GenericGroupLength" (or the file meta's own keyword). Static storage. NOT_FOUND for private
 * data elements and tags the dictionary doesn't know. */
vetdicom_status vetdicom_tag_keyword(uint32_t tag, const char **keyword);

/* Number of elements in the data set (in file order). */
vetdicom_status vetdicom_dataset_count(const vetdicom_dataset *dataset, size_t *count);

/* The element at `index` (file order): its tag (gggg << 16 | eeee), its VR as two letters
 * plus NUL written to vr[0..2] (vr must hold 3 bytes), and its value length in bytes
 * (for sequences and encapsulated pixel data: the bytes between the header and the end).
 * Any out pointer may be NULL. */
vetdicom_status vetdicom_dataset_element_at(const vetdicom_dataset *dataset, size_t index, uint32_t *tag,
                                            char *vr, uint64_t *length);

/* VR of an element (3 bytes: two letters and NUL). */
vetdicom_status vetdicom_dataset_vr(const vetdicom_dataset *dataset, const char *key, char *vr);

/* Value multiplicity: number of values (strings split on backslash, binary values by size,
 * items for sequences); 0 for an empty value. */
vetdicom_status vetdicom_dataset_vm(const vetdicom_dataset *dataset, const char *key, size_t *vm);

/* A value as UTF-8 text. value_index -1 gives the whole value (several values joined by
 * backslash); 0.. gives one value. Text is decoded per Specific Character Set and has its
 * padding removed; binary VRs are formatted as decimal numbers, AT as (gggg,eeee), and
 * OB/UN/OW bytes are a TYPE_MISMATCH. Buffer protocol as described at the top. */
vetdicom_status vetdicom_dataset_get_string(const vetdicom_dataset *dataset, const char *key, int64_t value_index,
                                            char *buffer, size_t capacity, size_t *length);

/* A value as an integer: US/SS/UL/SL/UV/SV/AT, IS, DS with an integral value, and FL/FD
 * with an integral value. TYPE_MISMATCH otherwise. */
vetdicom_status vetdicom_dataset_get_int64(const vetdicom_dataset *dataset, const char *key, size_t value_index,
                                           int64_t *value);

/* A value as a double: FL/FD/OF/OD, DS, IS and every integer VR. */
vetdicom_status vetdicom_dataset_get_double(const vetdicom_dataset *dataset, const char *key, size_t value_index,
                                            double *value);

/* The raw value bytes, as stored in the file (file byte order, padding kept). Works for every
 * VR except SQ and encapsulated pixel data (TYPE_MISMATCH). */
vetdicom_status vetdicom_dataset_get_bytes(const vetdicom_dataset *dataset, const char *key, uint8_t *buffer,
                                           size_t capacity, size_t *length);

/* Number of items of a sequence (TYPE_MISMATCH if not a sequence). */
vetdicom_status vetdicom_dataset_item_count(const vetdicom_dataset *dataset, const char *key, size_t *count);

/* Item `item_index` of a sequence, as a data set owned by the file. */
vetdicom_status vetdicom_dataset_item(const vetdicom_dataset *dataset, const char *key, size_t item_index,
                                      const vetdicom_dataset **item);

/* JSON flags. */
#define VETDICOM_JSON_BULK_OMIT   0  /* leave out pixel data and other bulk values (default) */
#define VETDICOM_JSON_BULK_BASE64 1  /* include them as InlineBinary (base64)                */

/* The data set as DICOM JSON (PS3.18 F.2), accepted by pydicom.Dataset.from_json.
 * Bulk values (OB/OW/OD/OF/OL/OV/UN and pixel data) longer than 1024 bytes are omitted
 * unless VETDICOM_JSON_BULK_BASE64 is given. Buffer protocol as described at the top.
 * Errors: LIMIT_EXCEEDED when the text would pass 256 MiB ("max_json_bytes") or the data set
 * holds a sequence skipped for max_depth; TRUNCATED (or IO) when a value (inline binary or
 * any other) is no longer in a file changed while open; OUT_OF_MEMORY. Any nesting depth is walked without recursion. */
vetdicom_status vetdicom_dataset_to_json(const vetdicom_dataset *dataset, int32_t flags, char *buffer,
                                         size_t capacity, size_t *length);

/* ------------------------------------------------------------------------------------------ */
/* The veterinary patient                                                                     */
/* ------------------------------------------------------------------------------------------ */

/* The patient module as used for animals. In veterinary DICOM the Patient's Name holds
 * "OwnerFamilyName^AnimalName" (PS3.5 6.2, PN for non-human patients). Every string is UTF-8,
 * "" when absent, and lives as long as the file. */
typedef struct vetdicom_patient {
    size_t struct_size;               /* set to sizeof(vetdicom_patient) before the call       */
    const char *patient_name;         /* (0010,0010) whole value, alphabetic group              */
    const char *owner_family_name;    /* PN component 1: the owner's family name               */
    const char *animal_name;          /* PN component 2: the animal's name                     */
    const char *patient_id;           /* (0010,0020)                                           */
    const char *species_description;  /* (0010,2201)                                           */
    const char *species_code_value;   /* (0010,2202)[0] (0008,0100)                            */
    const char *species_code_scheme;  /* (0010,2202)[0] (0008,0102)                            */
    const char *species_code_meaning; /* (0010,2202)[0] (0008,0104)                            */
    const char *breed_description;    /* (0010,2292)                                           */
    const char *breed_code_value;     /* (0010,2293)[0] (0008,0100)                            */
    const char *breed_code_scheme;    /* (0010,2293)[0] (0008,0102)                            */
    const char *breed_code_meaning;   /* (0010,2293)[0] (0008,0104)                            */
    const char *sex;                  /* (0010,0040) M, F, O                                   */
    const char *neutered;             /* (0010,2203) ALTERED, UNALTERED                        */
    const char *responsible_person;   /* (0010,2297) the owner                                 */
    const char *responsible_person_role;   /* (0010,2298) OWNER, ...                           */
    const char *responsible_organization;  /* (0010,2299)                                      */
    const char *birth_date;           /* (0010,0030) YYYYMMDD                                  */
} vetdicom_patient;

/* Fills `patient`. Works for any file (fields are "" when absent). */
vetdicom_status vetdicom_file_patient(const vetdicom_file *file, vetdicom_patient *patient);

/* ------------------------------------------------------------------------------------------ */
/* Image description (no decoding)                                                            */
/* ------------------------------------------------------------------------------------------ */

typedef struct vetdicom_image_info {
    size_t struct_size;               /* set to sizeof(vetdicom_image_info) before the call    */
    uint32_t rows;
    uint32_t columns;
    uint32_t number_of_frames;        /* 1 when (0028,0008) is absent                           */
    uint32_t samples_per_pixel;
    uint32_t bits_allocated;
    uint32_t bits_stored;
    uint32_t high_bit;
    uint32_t pixel_representation;    /* 0 unsigned, 1 two's complement                         */
    uint32_t planar_configuration;    /* 0 interleaved, 1 planar                                */
    int32_t encapsulated;             /* 1 if the pixel data is encapsulated (compressed)       */
    int32_t float_pixels;             /* 0 integer, 32 Float Pixel Data, 64 Double Float        */
    const char *photometric_interpretation; /* as in the file, lives as long as the file        */
    const char *transfer_syntax_uid;  /* lives as long as the file                              */
} vetdicom_image_info;

/* Fills `info` from the image pixel module. NO_PIXEL_DATA if the data set has no pixel data. */
vetdicom_status vetdicom_file_image_info(const vetdicom_file *file, vetdicom_image_info *info);

/* ------------------------------------------------------------------------------------------ */
/* Pixel decoding                                                                             */
/* ------------------------------------------------------------------------------------------ */

/* Decoded frame layout (the same array pydicom 3's pixel_array returns by default):
 *   - rows x columns pixels, row-major, samples interleaved (R,G,B,R,G,B...; planar
 *     configuration 1 is converted);
 *   - one sample per container of Bits Allocated rounded up to 8, 16 or 32 bits, little endian
 *     (host order on little-endian machines);
 *   - signed (two's complement) if Pixel Representation is 1, else unsigned; bits above Bits
 *     Stored are cleared (unsigned) or sign extended (signed);
 *   - Bits Allocated 1: one byte (0 or 1) per pixel;
 *   - Float / Double Float Pixel Data: float32 / float64;
 *   - YBR_FULL and YBR_FULL_422 are converted to RGB unless VETDICOM_OPT_KEEP_YBR is 1;
 *     YBR_FULL_422 native data has its chroma upsampled; JPEG 2000 YBR_ICT/YBR_RCT come out RGB.
 * The photometric interpretation of the output is reported in vetdicom_frame_info. */
typedef struct vetdicom_frame_info {
    size_t struct_size;               /* set to sizeof(vetdicom_frame_info) before the call    */
    uint32_t rows;
    uint32_t columns;
    uint32_t samples_per_pixel;       /* of the output: 1 or 3                                 */
    uint32_t bytes_per_sample;        /* 1, 2, 4 or 8                                          */
    int32_t is_signed;                /* 1 for two's complement samples                        */
    int32_t is_float;                 /* 1 for float32/float64 samples                         */
    const char *photometric_interpretation; /* of the output (e.g. "RGB"); static storage      */
} vetdicom_frame_info;

/* Number of frames the pixel data holds. */
vetdicom_status vetdicom_file_frame_count(const vetdicom_file *file, size_t *count);

/* Size in bytes of one decoded frame with these options (NULL = defaults), and its layout if
 * `info` is not NULL. */
vetdicom_status vetdicom_file_frame_size(const vetdicom_file *file, const vetdicom_options *options,
                                         size_t *size, vetdicom_frame_info *info);

/* Decodes frame `frame` into `buffer` (capacity bytes, at least the frame size). Touches only
 * that frame's bytes. Errors: OUT_OF_RANGE, BUFFER_TOO_SMALL, UNSUPPORTED_TRANSFER_SYNTAX,
 * CODEC, INVALID_DATA, LIMIT_EXCEEDED, NO_PIXEL_DATA. Safe to call from several threads. */
vetdicom_status vetdicom_file_decode_frame(const vetdicom_file *file, const vetdicom_options *options,
                                           size_t frame, void *buffer, size_t capacity);

/* Decodes frames [first, first + count) into consecutive frame-size slots of `buffer`,
 * using VETDICOM_OPT_THREADS threads. */
vetdicom_status vetdicom_file_decode_frames(const vetdicom_file *file, const vetdicom_options *options,
                                            size_t first, size_t count, void *buffer, size_t capacity);

/* A comma-separated description of the decoder used for this file's transfer syntax, e.g.
 * "native JPEG lossless (Swift)" or "libturbojpeg 2.1". Lives as long as the file. */
vetdicom_status vetdicom_file_decoder_name(const vetdicom_file *file, const char **name);

/* ------------------------------------------------------------------------------------------ */
/* Rendering                                                                                  */
/* ------------------------------------------------------------------------------------------ */

/* The pipeline, in this order (PS3.4 N.2):
 *   1. decode the frame (see "Pixel decoding");
 *   2. Modality LUT: the Modality LUT Sequence (0028,3000) if present (descriptor quirks: 0
 *      entries means 65536; the first mapped value is signed for signed pixels; 8-bit entries
 *      stored one per 16-bit word), else Rescale Slope/Intercept, else identity;
 *   3. VOI, the first that applies: a window set by the caller (window_center + window_width);
 *      the VOI LUT chosen by voi_lut_index; the window chosen by voi_index; the file's first
 *      VOI LUT Sequence item (a LUT wins over a window); the file's first window; else the
 *      default: the min...max of the frame's modality values, or percentiles of them
 *      (voi_default "percentile", percentile_low/high). Windows follow PS3.3 C.11.2.1.2-3
 *      (LINEAR, LINEAR_EXACT, SIGMOID; VOI LUT Function from the file or voi_function);
 *   4. 8 bits: out = clip(floor((v - lo) / (hi - lo) * 255 + 0.5), 0, 255) over the VOI output
 *      range (the same as pydicom's apply_voi_lut + min/max scaling, bit for bit);
 *   5. presentation: inverted for MONOCHROME1 or Presentation LUT Shape INVERSE (once, never
 *      twice), or as the "invert" option forces;
 *   6. overlays (60xx) drawn when "overlays" is 1; then the optional resize; then the output
 *      format.
 * Enhanced multi-frame objects: a frame's Per-Frame (else Shared) Functional Groups Pixel Value
 * Transformation (0028,9145) and Frame VOI LUT (0028,9132) items override the top level.
 * Colour: RGB as decoded (YBR_FULL, YBR_FULL_422, YBR_ICT and YBR_RCT arrive as RGB),
 * YBR_PARTIAL_422/420 converted with BT.601 studio range, PALETTE COLOR through the file's
 * palette (8- or 16-bit entries, segmented palettes expanded); more than 8 bits per sample are
 * scaled to 8 bits with rounding.
 * Rendering keys, set on a vetdicom_options with vetdicom_options_set_* (defaults in brackets).
 * Integer keys accept set_int64 or set_double; string keys set_string. */
#define VETDICOM_OPT_WINDOW_CENTER   "window_center"   /* double; with window_width: caller window */
#define VETDICOM_OPT_WINDOW_WIDTH    "window_width"    /* double > 0 (LINEAR: >= 1)                */
#define VETDICOM_OPT_VOI_INDEX       "voi_index"       /* which file window (0..); -1 = ignore the
                                                          file's VOI and use the default range   */
#define VETDICOM_OPT_VOI_LUT_INDEX   "voi_lut_index"   /* which VOI LUT Sequence item (0..)       */
#define VETDICOM_OPT_VOI_FUNCTION    "voi_function"    /* "LINEAR" | "LINEAR_EXACT" | "SIGMOID"   */
#define VETDICOM_OPT_VOI_DEFAULT     "voi_default"     /* "minmax" [default] | "percentile"       */
#define VETDICOM_OPT_PERCENTILE_LOW  "percentile_low"  /* 0..100 [1]; setting it selects percentile */
#define VETDICOM_OPT_PERCENTILE_HIGH "percentile_high" /* 0..100 [99]                             */
#define VETDICOM_OPT_INVERT          "invert"          /* -1 the file decides [default], 0 never, 1 always */
#define VETDICOM_OPT_OUTPUT_FORMAT   "output_format"   /* "gray8" | "rgb8" | "rgba8" | "auto": gray8
                                                          for MONOCHROME (rgb8 when overlays are drawn
                                                          in a colour that is not gray), else rgb8 [auto] */
#define VETDICOM_OPT_OUTPUT_WIDTH    "output_width"    /* box for a thumbnail, 0 = none [0]; the   */
#define VETDICOM_OPT_OUTPUT_HEIGHT   "output_height"   /* aspect ratio (and Pixel Aspect Ratio) is
                                                          kept; area-averaging resample           */
#define VETDICOM_OPT_OVERLAYS        "overlays"        /* 1 = draw overlay planes [0]              */
#define VETDICOM_OPT_OVERLAY_COLOR   "overlay_color"   /* 0xRRGGBB [0xFFFFFF]; luma on gray8      */
#define VETDICOM_OPT_JPEG_QUALITY    "jpeg_quality"    /* 1..100 [90]                              */

/* Size of a rendered frame with these options (NULL = the file's options): *width, *height
 * and *channels (1 gray8, 3 rgb8, 4 rgba8). A row needs width * channels bytes.
 * Errors: NO_PIXEL_DATA, INVALID_ARGUMENT (bad option value). */
vetdicom_status vetdicom_file_render_size(const vetdicom_file *file, const vetdicom_options *options,
                                          uint32_t *width, uint32_t *height, uint32_t *channels);

/* Renders frame `frame` into `buffer`: height rows, `stride` bytes apart (0 = width *
 * channels), each width * channels bytes. `capacity` must be at least stride * (height - 1) +
 * width * channels; bytes between rows are not touched. Errors: BUFFER_TOO_SMALL,
 * INVALID_ARGUMENT (stride shorter than a row, bad option, window width invalid for its
 * function), OUT_OF_RANGE (frame, voi_index, voi_lut_index), and every decoding error.
 * Safe to call from several threads. */
vetdicom_status vetdicom_file_render(const vetdicom_file *file, const vetdicom_options *options, size_t frame,
                                     uint8_t *buffer, size_t stride, size_t capacity);

/* Renders frame `frame` and writes it to `path` as PNG (8-bit gray, RGB or RGBA, via libpng) or
 * JPEG (libturbojpeg, quality from jpeg_quality, 4:4:4; RGBA is written as RGB). The file is
 * created or truncated. Errors: IO, CODEC, and those of vetdicom_file_render. */
vetdicom_status vetdicom_file_render_png(const vetdicom_file *file, const vetdicom_options *options, size_t frame,
                                         const char *path);
vetdicom_status vetdicom_file_render_jpeg(const vetdicom_file *file, const vetdicom_options *options, size_t frame,
                                          const char *path);

/* The same, to memory: on success *data receives a buffer allocated by the library holding
 * *size bytes of PNG / JPEG; the caller frees it with vetdicom_free. On failure *data is NULL
 * and *size 0. */
vetdicom_status vetdicom_file_render_png_memory(const vetdicom_file *file, const vetdicom_options *options,
                                                size_t frame, uint8_t **data, size_t *size);
vetdicom_status vetdicom_file_render_jpeg_memory(const vetdicom_file *file, const vetdicom_options *options,
                                                 size_t frame, uint8_t **data, size_t *size);

/* Frees memory returned by the library (vetdicom_file_render_*_memory). NULL is a no-op. */
void vetdicom_free(void *memory);

/* The VOI choices a file offers for a frame: the number of windows (Window Center/Width pairs)
 * and of VOI LUT Sequence items. */
vetdicom_status vetdicom_file_voi_count(const vetdicom_file *file, size_t frame, size_t *windows, size_t *luts);

/* Window `index` of frame `frame`: its center, width and Window Center & Width Explanation
 * (buffer protocol as at the top; explanation may be NULL with capacity 0 to skip the text,
 * then *length still receives its size and the call returns OK). Errors: OUT_OF_RANGE. */
vetdicom_status vetdicom_file_window(const vetdicom_file *file, size_t frame, size_t index, double *center,
                                     double *width, char *explanation, size_t capacity, size_t *length);

/* Pixel geometry for measuring. The spacing comes from, in order: Pixel Spacing (0028,0030)
 * (or the frame's Pixel Measures functional group) -> "pixel_spacing"; Imager Pixel Spacing
 * (0018,1164) divided by the Estimated Radiographic Magnification Factor (0018,1114) ->
 * "imager_pixel_spacing_corrected", or without that factor -> "imager_pixel_spacing" (at the
 * detector, not the patient); the first Sequence of Ultrasound Regions item with X and Y units of
 * cm (Physical Delta X/Y * 10) -> "ultrasound_region"; else "none" with spacings of 0. */
typedef struct vetdicom_geometry {
    size_t struct_size;               /* set to sizeof(vetdicom_geometry) before the call      */
    double row_spacing_mm;            /* between row centres (vertical), 0 when unknown        */
    double column_spacing_mm;         /* between column centres (horizontal), 0 when unknown   */
    double pixel_aspect_ratio;        /* vertical / horizontal from (0028,0034), 1 when absent */
    const char *source;               /* see above; static storage                             */
    uint32_t ultrasound_region_count; /* items in (0018,6011)                                  */
    uint32_t reserved;                /* 0                                                     */
} vetdicom_geometry;

/* Fills `geometry` for frame `frame` (frames matter only for enhanced multi-frame objects).
 * Works for any file (source "none" when nothing is known). */
vetdicom_status vetdicom_file_geometry(const vetdicom_file *file, size_t frame, vetdicom_geometry *geometry);

/* ------------------------------------------------------------------------------------------ */
/* Editing and saving                                                                         */
/* ------------------------------------------------------------------------------------------ */

/* Edits change the handle's data set in place; the file on disk is never touched until saved
 * (and then only through vetdicom_file_save's atomic replace). Every read after an edit sees
 * it: vetdicom_dataset_* getters (also on data set pointers obtained before the edit), JSON,
 * vetdicom_file_patient, vetdicom_file_image_info and decoding. Strings and data set pointers
 * handed out before an edit stay valid until vetdicom_file_close (removed items keep their
 * old content). Threading: an edit must not run while another thread reads or edits the same
 * file (a caller error, not detected); different files are independent.
 *
 * Keys are those of the getters (keyword, tag, or path "Seq[0].Keyword"). Along a path, a
 * missing sequence is created, and item index n equal to the item count appends an item.
 * The VR comes from the existing element, else the dictionary; private data elements need
 * vetdicom_file_set_element with a VR (private creators (gggg,0010-00FF) are LO). Values are
 * checked against their VR (PS3.5 6.2: length, characters, date/time/number formats, integer
 * ranges) and the dictionary's value multiplicity: a value that does not fit is
 * VETDICOM_ERR_INVALID_VALUE with a message naming the element; nothing is truncated. Text
 * with non-ASCII characters switches the data set to ISO_IR 192 (UTF-8), converting its other
 * text. File meta elements (group 0002) and group lengths are written by the library and
 * cannot be set (INVALID_ARGUMENT). */

/* Option key for vetdicom_file_save*: 1 writes a bare data set (no preamble, no file meta). */
#define VETDICOM_OPT_BARE_DATASET "bare_dataset"
/* Option key for vetdicom_file_save* (or the open options): 1 writes a file the reader salvaged
 * (values, sequences or fragments cut short by the end of the file) as what was read: a value
 * as its whole VR units, even-padded; a cut sequence empty; a cut fragment padded. 0 (default):
 * such a save is VETDICOM_ERR_TRUNCATED naming the element (docs/writing.md, "Damaged files"). */
#define VETDICOM_OPT_SAVE_SALVAGED "save_salvaged"

/* A new, empty, editable data set. Saved without a transfer syntax it is Explicit VR Little
 * Endian. Close with vetdicom_file_close. `options` may be NULL. */
vetdicom_status vetdicom_file_create(const vetdicom_options *options, vetdicom_file **out);

/* Sets an element from UTF-8 text; a backslash separates values ("0.15\\0.15"). Numbers are
 * parsed for binary VRs (US, SS, UL, SL, UV, SV, FL, FD), tags ("(0018,1063)" or keywords)
 * for AT. LT, ST, UT and UR hold one value: a backslash there is INVALID_VALUE. */
vetdicom_status vetdicom_file_set_string(vetdicom_file *file, const char *key, const char *value);

/* Sets an element from raw bytes: `vr` is two letters ("OB", "LO"...) or NULL for the
 * existing/dictionary VR. Binary VRs take little-endian bytes (swapped for a big-endian data
 * set); text VRs take the text (checked like vetdicom_file_set_string); odd lengths are padded
 * (space for text, NUL otherwise). bytes may be NULL when size is 0 (an empty value). */
vetdicom_status vetdicom_file_set_element(vetdicom_file *file, const char *key, const char *vr,
                                          const uint8_t *bytes, size_t size);

/* Sets integer values (binary integer VRs, IS, DS, AT as gggg<<16|eeee, and integral FL/FD);
 * out-of-range values are INVALID_VALUE. values may be NULL when count is 0. */
vetdicom_status vetdicom_file_set_int64s(vetdicom_file *file, const char *key, const int64_t *values,
                                         size_t count);

/* Sets real values (FL, FD, OF, OD; DS formatted in at most 16 characters; IS and integer
 * VRs when integral). */
vetdicom_status vetdicom_file_set_doubles(vetdicom_file *file, const char *key, const double *values,
                                          size_t count);

/* Removes an element (NOT_FOUND when absent). */
vetdicom_status vetdicom_file_remove(vetdicom_file *file, const char *key);

/* Appends an empty item to the sequence `key` (created when absent); *index (may be NULL)
 * receives its index, for keys such as "Seq[2].CodeValue". */
vetdicom_status vetdicom_file_item_add(vetdicom_file *file, const char *key, size_t *index);

/* Removes item `index` of the sequence `key` (OUT_OF_RANGE past the end). */
vetdicom_status vetdicom_file_item_remove(vetdicom_file *file, const char *key, size_t index);

/* Reserves a private block in odd `group` for `creator`: *block receives xx (0x10-0xFF), the
 * creator is stored in (gggg,00xx), and the block's elements are (gggg,xxEE). A creator
 * already present gets its existing block. INVALID_ARGUMENT for an even group, INVALID_VALUE
 * when all 240 blocks are taken. */
vetdicom_status vetdicom_file_private_block(vetdicom_file *file, uint16_t group, const char *creator,
                                            uint32_t *block);

/* Saves the data set to `path` in `transfer_syntax_uid` (NULL: the file's own syntax):
 * Part 10 (preamble, "DICM", file meta with group length, Media Storage SOP Class/Instance
 * from the data set, the vetdicom Implementation Class UID and Version Name) or, with
 * VETDICOM_OPT_BARE_DATASET, a bare data set. Writable: Implicit VR LE, Explicit VR LE,
 * Explicit VR BE, Deflated Explicit VR LE, and the file's own encapsulated syntax (fragments
 * kept exactly). A syntax that would need decoding or encoding the pixel data is
 * VETDICOM_ERR_UNSUPPORTED, decided before anything is written; so is VETDICOM_ERR_TRUNCATED for
 * a file cut short unless VETDICOM_OPT_SAVE_SALVAGED is 1. Atomic: a temporary file in
 * the same directory, fsync, rename; on failure it is removed and an existing file at `path`
 * (even the one this handle was opened from) is intact. `options` may be NULL. */
vetdicom_status vetdicom_file_save(const vetdicom_file *file, const char *path, const char *transfer_syntax_uid,
                                   const vetdicom_options *options);

/* The same, to memory: *data receives a library-allocated buffer of *size bytes, freed with
 * vetdicom_free. On failure *data is NULL and *size 0. */
vetdicom_status vetdicom_file_save_memory(const vetdicom_file *file, const char *transfer_syntax_uid,
                                          const vetdicom_options *options, uint8_t **data, size_t *size);

/* ---- Transcoding and encoded frames ---- */

/* Writes `file` to `path` in `transfer_syntax` (a UID, or a name: "implicit", "explicit",
 * "big-endian", "deflated", "rle", "jpeg-baseline", "jpeg-lossless", "jpeg-ls", "jpeg-ls-near",
 * "j2k", "j2k-lossy", "htj2k", "htj2k-rpcl", "htj2k-lossy"), keeping every other element. Frames
 * are decoded and encoded one at a time (a few frames in memory, whatever the file size), one
 * fragment per frame with a Basic Offset Table (an Extended Offset Table when the frames exceed
 * 3.5 GiB, or when "extended_offset_table" is 1). Photometric Interpretation and Planar
 * Configuration are set as the target requires (JPEG baseline colour: YBR_FULL_422; JPEG 2000 /
 * HTJ2K colour: YBR_RCT lossless, YBR_ICT lossy). Lossy targets set Lossy Image Compression
 * "01", append the ratio and method, and give the object a new SOP Instance UID; lossless
 * targets keep it. Compressed to native decodes. The write is atomic (temporary file + rename).
 * Encode keys of `options` (NULL: defaults): "quality" 1-100 [90] (JPEG baseline),
 * "near_lossless" 0-255 [2] (JPEG-LS near-lossless), "j2k_ratio" > 1 [10] or "j2k_psnr" dB [0:
 * use the ratio] (lossy JPEG 2000), "htj2k_qstep" (0,1) [0.005] (lossy HTJ2K),
 * "extended_offset_table" 0/1 [0].
 * Errors: VETDICOM_ERR_UNSUPPORTED (12), before anything is written, for a combination the target
 * cannot hold (JPEG baseline with more than 8 bits, JPEG with more than 16 bits, float pixel data
 * in a compressed syntax, RLE with more than 15 byte segments, lossy coding of PALETTE COLOR,
 * JPEG-LS near-lossless of signed data, an unknown syntax); decoding errors of the source.
 * The file handle is not changed. Not thread-safe with other edits/saves of the same file. */
vetdicom_status vetdicom_file_transcode(vetdicom_file *file, const char *path, const char *transfer_syntax,
                                        const vetdicom_options *options);

/* The same, to memory: *data receives a library-allocated buffer of *size bytes holding the
 * Part 10 file, freed with vetdicom_free (frames are encoded one at a time, but the output is
 * held whole: for large files prefer vetdicom_file_transcode to a path). On failure *data is NULL
 * and *size 0. Errors as vetdicom_file_transcode, and OUT_OF_MEMORY. */
vetdicom_status vetdicom_file_transcode_memory(vetdicom_file *file, const char *transfer_syntax,
                                               const vetdicom_options *options, uint8_t **data, size_t *size);

/* The encoded bytes of frame `index` as stored, without decoding: the frame's fragments joined
 * (encapsulated pixel data), or its native bytes (as stored; byte-aligned frames only). Buffer
 * protocol as at the top: buffer may be NULL with capacity 0 to query *length.
 * Errors: OUT_OF_RANGE, NO_PIXEL_DATA, INVALID_DATA, UNSUPPORTED (a bit-packed native frame not
 * starting on a byte boundary). Thread-safe with other reads of the same file. */
vetdicom_status vetdicom_file_encoded_frame(const vetdicom_file *file, size_t index, uint8_t *buffer,
                                            size_t capacity, size_t *length);

/* Replaces the pixel data of `file` with `count` already-encoded frames (frames[i] of
 * lengths[i] bytes, copied; e.g. a device's JPEG files) of the encapsulated `transfer_syntax`
 * (UID or name as above), one fragment per frame with a Basic Offset Table, sets Number of
 * Frames and makes `transfer_syntax` the file's syntax: a later vetdicom_file_transcode to the
 * same syntax writes the frames as they are (no decoding, no re-encoding), and decoding reads
 * them. The caller sets the image pixel attributes (Rows, Columns, Photometric Interpretation...)
 * to describe the frames. Errors: UNSUPPORTED (a native syntax, or a big endian file),
 * INVALID_ARGUMENT (count 0 or an empty frame). Not thread-safe with other uses of the file. */
vetdicom_status vetdicom_file_set_encoded_frames(vetdicom_file *file, const char *transfer_syntax, size_t count,
                                                 const uint8_t *const *frames, const size_t *lengths);
/* ---- Creating images ---- */

/* Creates a complete image object from a vendor's pixels and the veterinary patient, for the
 * IOD of the modality: "DX" (Digital X-Ray Image, For Presentation), "CR", "CT", "MR", "US"
 * (Ultrasound Image; Ultrasound Multi-frame Image with the Cine module when there are several
 * frames) or "OT" (Secondary Capture Image). Every module the IOD requires is filled: UIDs
 * generated (2.25.<decimal of a random UUID>, or under `uid_root` within 64 characters), study,
 * series, content and instance creation dates/times set to now (local time), Patient's Name
 * "OwnerFamilyName^AnimalName", the veterinary patient attributes (species, breed, neutered,
 * responsible person and role, breed registration), and the IOD's own attributes. What a Type 1
 * attribute needs and the caller did not say gets a neutral documented default (docs/writing.md,
 * "Creating images": e.g. Imager Pixel Spacing / Pixel Spacing 1\1, DX Patient Orientation A\F,
 * Image Laterality U, US Frame Time 40 ms); Type 2 attributes nobody knows are written empty.
 * `attributes` overrides or adds any of them. dciodvfy reports no error for the result. */

/* The pixels handed to vetdicom_file_create_image. */
typedef struct vetdicom_pixel_description {
    size_t struct_size;               /* set to sizeof(vetdicom_pixel_description)             */
    uint32_t rows;                    /* 1..65535                                              */
    uint32_t columns;                 /* 1..65535                                              */
    uint32_t number_of_frames;        /* 0 or 1: one frame; more: US only                      */
    uint32_t samples_per_pixel;       /* 1 or 3                                                */
    uint32_t bits_allocated;          /* 8 or 16 (32 for CR/OT grayscale); colour: 8           */
    uint32_t bits_stored;             /* 0 = bits_allocated                                    */
    uint32_t pixel_representation;    /* 0 unsigned, 1 two's complement (CR, CT, MR, OT)        */
    uint32_t planar_configuration;    /* colour: 0 interleaved, 1 planar                        */
    const char *photometric_interpretation; /* NULL or "": MONOCHROME2 (1 sample) / RGB (3);
                                         DX/CR/CT/MR: MONOCHROME1|2; US also RGB; OT also
                                         RGB and YBR_FULL                                       */
} vetdicom_pixel_description;

/* What to create besides the pixels. Only struct_size and modality are required. */
typedef struct vetdicom_create_info {
    size_t struct_size;               /* set to sizeof(vetdicom_create_info)                   */
    const char *modality;             /* "DX", "CR", "CT", "MR", "US" or "OT"                  */
    const vetdicom_patient *patient;  /* NULL: no patient values. Read: patient_name (empty:
                                         owner_family_name^animal_name), patient_id, birth_date,
                                         sex, neutered, species/breed descriptions and codes
                                         (scheme defaults to SCT, meaning to the value),
                                         responsible_person (empty: "OwnerFamilyName^"),
                                         responsible_person_role (empty: OWNER),
                                         responsible_organization. NULL fields are empty. The
                                         veterinary attributes are written when a species
                                         description or code is given.                          */
    const char *uid_root;             /* NULL or "": 2.25 UUID-derived UIDs; else a UID prefix
                                         of at most 53 characters                               */
    const char *const *attributes;    /* NULL, or a NULL-terminated array of "KEY=VALUE": KEY a
                                         keyword, "(gggg,eeee)" or an item path such as
                                         "AnatomicRegionSequence[0].CodeValue"; VALUE as text,
                                         backslash between values, empty for an empty element.
                                         Applied after the defaults, in order.                  */
    const char *breed_registration_number;   /* NULL/"": no Breed Registration Sequence item   */
    const char *breed_registry_code_value;   /* required with a registration number            */
    const char *breed_registry_code_scheme;  /* NULL/"": SCT                                   */
    const char *breed_registry_code_meaning; /* NULL/"": the code value                        */
} vetdicom_create_info;

/* Creates the object and returns it as an open, editable file in *file (Explicit VR Little
 * Endian until saved in another syntax with vetdicom_file_save); close it with
 * vetdicom_file_close. `pixel_data` holds exactly rows x columns x frames x samples x
 * bits_allocated/8 bytes, little endian, in the order of the planar configuration; it is
 * copied, the caller keeps it. *file is NULL on failure. Errors: NULL_ARGUMENT,
 * INVALID_ARGUMENT (struct_size, sizes, byte count), UNSUPPORTED (modality, pixel format the
 * IOD cannot hold, several frames outside US), INVALID_VALUE (uid_root, an attribute value that
 * does not fit its VR), NOT_FOUND (unknown keyword), LIMIT_EXCEEDED (4 GB).
 * Thread-safe: no shared state. */
vetdicom_status vetdicom_file_create_image(const vetdicom_create_info *info,
                                           const vetdicom_pixel_description *pixels,
                                           const void *pixel_data, size_t pixel_data_length,
                                           vetdicom_file **file);

/* A new UID: 2.25.<decimal of a random version-4 UUID>, or `root` (NULL or "": none) followed by
 * random digits, at most 64 characters. Buffer protocol as at the top (capacity 65 always
 * suffices). Errors: INVALID_VALUE (root not a UID prefix or longer than 53 characters). */
vetdicom_status vetdicom_uid_generate(const char *root, char *buffer, size_t capacity, size_t *length);
/* ---- Rendering from decoded pixels ---- */
/* Interactive viewers. Rendering keeps the decoded frames it used in a bounded per-file cache
 * (option frame_cache_bytes), so rendering a frame again with another window, VOI function,
 * presentation or output size does not decode it again. The cache is thread-safe; a frame in
 * use by one thread stays valid while another evicts it. */
#define VETDICOM_OPT_FRAME_CACHE_BYTES "frame_cache_bytes" /* open option: bytes of decoded frames
                                                               kept per file [268435456]; 0 = off */
/* Decode option: 1 = convert JPEG YCbCr to RGB with pydicom's float formula (bit-identical to
 * pydicom); 0 [default] = libjpeg-turbo's integer conversion (faster, within +-1 of it). */
#define VETDICOM_OPT_EXACT_YBR "exact_ybr"
/* Decode option: 1 [default] = decode reversible HTJ2K frames with OpenJPH 0.9 (about twice as
 * fast as OpenJPEG) when the codestream passes a strict check of its marker segments and of
 * every packet header (anything else, and anything OpenJPH rejects, goes to OpenJPEG);
 * 0 = OpenJPEG for every HTJ2K frame. */
#define VETDICOM_OPT_HTJ2K_OPENJPH "htj2k_openjph"

/* Renders frame `frame` from pixels the caller already decoded with vetdicom_file_decode_frame
 * and the same options (`pixels`, at least the frame size in bytes): nothing is decoded. The
 * output is as vetdicom_file_render (same options, buffer, stride and capacity rules); the
 * frame index selects per-frame VOI and overlays. `pixels` is only read, during the call.
 * Errors: BUFFER_TOO_SMALL (pixels_size or capacity), those of vetdicom_file_render except
 * decoding errors. Safe to call from several threads. */
vetdicom_status vetdicom_file_render_decoded(const vetdicom_file *file, const vetdicom_options *options, size_t frame,
                                             const void *pixels, size_t pixels_size, uint8_t *buffer, size_t stride,
                                             size_t capacity);

#define VETDICOM_MODALITY_FLOAT32 1   /* float, host order                                        */
#define VETDICOM_MODALITY_INT32   2   /* int32_t, rounded to nearest (halves away from 0), clamped */

/* Frame `frame` of a MONOCHROME1/2 image as modality values (e.g. Hounsfield units): the
 * Modality LUT Sequence, else Rescale Slope/Intercept (per frame for enhanced objects), else
 * the stored values; rows x columns values of 4 bytes, row-major, in `format`
 * (VETDICOM_MODALITY_FLOAT32 or _INT32). Size-query protocol: *length receives rows x
 * columns x 4; with buffer NULL or capacity too small, BUFFER_TOO_SMALL and nothing written.
 * Uses the frame cache. Errors: UNSUPPORTED (not grayscale), INVALID_ARGUMENT (format),
 * OUT_OF_RANGE (frame), and decoding errors. Safe to call from several threads. */
vetdicom_status vetdicom_file_modality_values(const vetdicom_file *file, const vetdicom_options *options, size_t frame,
                                              int32_t format, void *buffer, size_t capacity, size_t *length);
/* ---- Bulk element headers ---- */

/* Flags of a vetdicom_dataset_elements record. */
#define VETDICOM_ELEMENT_INLINE       1u  /* the value bytes follow the keyword                  */
#define VETDICOM_ELEMENT_TEXT         2u  /* the value is the library's text (as get_string -1)   */
#define VETDICOM_ELEMENT_SEQUENCE     4u  /* the value is one 8-byte vetdicom_dataset* per item   */
#define VETDICOM_ELEMENT_ENCAPSULATED 8u  /* encapsulated pixel data: no value here              */
#define VETDICOM_ELEMENT_OMITTED     16u  /* value longer than max_inline: use the element calls */
#define VETDICOM_ELEMENT_FAILED      32u  /* not convertible to text, or no longer in a file
                                              changed while open: the element calls report why  */

/* Every element of a data set (not recursing into items) in one call, for bindings that would
 * otherwise make several calls per element. Buffer protocol as at the top (size query with
 * (NULL, 0, &length); the bytes are rebuilt on each call, so a caller may also try a buffer it
 * keeps and retry on BUFFER_TOO_SMALL with *length bytes). Layout, little endian, unaligned:
 *   u32 count, u32 format (1), then `count` records in file order:
 *   u32 tag, char vr[2], u16 flags, u32 vm (items for a sequence), u16 keyword_length,
 *   u16 reserved (0), u64 length (value length in bytes), u32 value_length,
 *   keyword (keyword_length bytes, no NUL; empty for unknown tags), value (value_length bytes).
 * Values: string VRs (AE AS CS DA DS DT IS LO LT PN SH ST TM UC UI UR UT) as the UTF-8 text of
 * vetdicom_dataset_get_string(index -1) (TEXT); other VRs as the stored bytes (file byte order);
 * a sequence as its item handles (SEQUENCE; valid as long as the file is open); nothing for
 * encapsulated pixel data and for values longer than max_inline bytes (OMITTED).
 * Thread-safe like the other read calls; the buffer is the caller's. */
vetdicom_status vetdicom_dataset_elements(const vetdicom_dataset *dataset, size_t max_inline, uint8_t *buffer,
                                          size_t capacity, size_t *length);

/* ---- Clinic archive ---- */

/* Reports over a folder tree of DICOM files (any layout, any file names; files that are not
 * DICOM, and DICOMDIRs, are skipped and counted). Headers only are read, memory-mapped, on
 * `threads` threads from `options` (NULL: 2); no pixel data is decoded except the sample that
 * vetdicom_archive_storage_* encodes to measure the lossless saving. The JSON shapes are
 * documented in docs/clinic.md.
 *
 * Buffer protocol as at the top: `buffer` may be NULL with capacity 0 to ask the size;
 * *length receives the text's length without its NUL, and BUFFER_TOO_SMALL is returned when
 * capacity < length + 1. The report of a size query is kept for the calling thread, so the
 * next call on the same thread with the same directory and options returns that text without
 * scanning again (any other call drops it). Errors: IO (the directory cannot be read),
 * NULL_ARGUMENT (directory, length), LIMIT_EXCEEDED (more than a million folders). A finding
 * in the data (an ID used for two animals) is part of the report, not an error. Safe to call
 * from several threads; the strings are copied, nothing is kept after the call but the cache
 * above. */

/* Groups the files under `directory` by animal although names, IDs, owners and species were
 * entered inconsistently: {"patients":[{"animal_name","owner","species","breed","sex",
 * "neutered","birth_date","patient_id","patient_ids","names_seen","owners_seen","files",
 * "reasons"}],"issues":[{"kind","message","files"}],"summary":{...}}. */
vetdicom_status vetdicom_archive_patients_json(const char *directory, const vetdicom_options *options, char *buffer,
                                               size_t capacity, size_t *length);

/* Storage planning: {"files","bytes","by_modality":{MOD:{"files","bytes","studies"}},
 * "by_year":{YYYY:{...}},"by_study":[...],"daily_average_bytes","projection":[{"years",
 * "added_bytes","total_bytes","backup_321_bytes"}],"backup_321":{...},"lossless_savings":
 * {"jpeg_ls":{"measured",...},"htj2k":{"measured",...}}}. Both savings are measured by
 * encoding frames of up to 24 files spread over the archive with the library's lossless
 * encoders; an encoder that refuses every sampled frame is reported with "measured": false and
 * the reason. */
vetdicom_status vetdicom_archive_storage_json(const char *directory, const vetdicom_options *options, char *buffer,
                                              size_t capacity, size_t *length);

/* The same report as one self-contained HTML page (inline SVG bar charts per year, per
 * modality and for the projection; no scripts, opens offline). */
vetdicom_status vetdicom_archive_storage_html(const char *directory, const vetdicom_options *options, char *buffer,
                                              size_t capacity, size_t *length);

/* Archive fix flags (bitwise or). */
#define VETDICOM_FIX_IN_PLACE  1u  /* rewrite the files where they are (changed files backed up first) */
#define VETDICOM_FIX_DRY_RUN   2u  /* only report what would change; nothing is written              */

/* Makes the identity fields (Patient's Name, Patient ID, Responsible Person, birth date, sex,
 * species, ...) of the files under `directory` consistent within each animal found by
 * vetdicom_archive_patients_json, as `vetdicom patients DIR --fix` does: the previous values go
 * into Original Attributes Sequence (0400,0561) (PS3.3 C.12.1.1.9, reason CORRECT), every other
 * element is unchanged. Exactly one target: `output` (a folder outside `directory`, same relative
 * paths; unchanged files are copied), VETDICOM_FIX_IN_PLACE (each changed file is first copied
 * under `backup_dir`, NULL = "<directory>.vetdicom-backup-<UTC time>"), or VETDICOM_FIX_DRY_RUN
 * (nothing written; may be combined with either). A CSV log of every change (file,tag,keyword,
 * old_value,new_value) is written to `log_csv` (NULL = "vetdicom-fix-log.csv" in the output or
 * backup folder; none on a dry run). `options` (NULL: 2 threads) sets the scan's threads.
 * The report, {"changes":[{"file","tag","keyword","old","new"}],"files_changed","files_written",
 * "files_copied","backup_directory","log","failed":[{"file","message"}]}, goes to (buffer,
 * capacity, length) with the protocol of this section (a too-small buffer keeps the report for
 * the next call with the same arguments on this thread, which returns it without fixing again);
 * `length` NULL: no report. Errors: NULL_ARGUMENT (directory), INVALID_ARGUMENT (unknown flags,
 * no target, output inside the archive, output together with IN_PLACE), IO. A file that cannot
 * be rewritten is listed under "failed", not an error of the call. Thread-safe; do not run two
 * fixes on the same folder at once. */
vetdicom_status vetdicom_archive_fix(const char *directory, const char *output, uint32_t flags, const char *backup_dir,
                                     const char *log_csv, const vetdicom_options *options, char *buffer,
                                     size_t capacity, size_t *length);

/* Share flags (bitwise or). */
#define VETDICOM_SHARE_NO_DEIDENTIFY      1u  /* copy the files as they are (NOT de-identified)        */
#define VETDICOM_SHARE_KEEP_ANIMAL_NAME   2u  /* as VETDICOM_DEID_KEEP_ANIMAL_NAME                      */
#define VETDICOM_SHARE_KEEP_DATES         4u  /* as VETDICOM_DEID_KEEP_DATES                            */
#define VETDICOM_SHARE_INCLUDE_BURNED_IN  8u  /* as VETDICOM_DEID_INCLUDE_BURNED_IN                     */

/* Packages `count` studies (`studies[i]`: a file or a folder of DICOM files) for a specialist,
 * as `vetdicom share` does: `output`/DICOM/ (the files, de-identified as vetdicom_deidentify does
 * unless VETDICOM_SHARE_NO_DEIDENTIFY; `secret` as there, NULL or "" = random), a PS3.10 DICOMDIR
 * and index.html, an offline viewer (thumbnails, window presets, frame slider) over PNG/JPEG
 * renderings. The report, {"output","deidentified","patients","studies","series","images",
 * "rendered_frames","burned_in_annotation":[...],"not_dicom":[...],"failed":[{"file",
 * "message"}]}, goes to (buffer, capacity, length) as for vetdicom_archive_fix (`length` NULL:
 * no report). Errors: NULL_ARGUMENT (studies, a studies[i], output), INVALID_ARGUMENT (count 0,
 * unknown flags, bad secret), IO. Thread-safe for different outputs. */
vetdicom_status vetdicom_archive_share(const char *const *studies, size_t count, const char *output, uint32_t flags,
                                       const char *secret, char *buffer, size_t capacity, size_t *length);
/* ---- File check (issue "survive real faults") ---- */

/* Lists what is wrong with the file at `path`, without stopping at the first problem (like
 * dciodvfy / dcmdump +E): truncation, values cut short, odd or wrong lengths, VRs that differ
 * from the dictionary, sequences deeper than max_depth, missing Type 1 Image Pixel attributes,
 * pixel data shorter or longer than its frames, offset tables that disagree with the fragments,
 * frames that do not decode. The text (buffer protocol as at the top) has one problem per line,
 * each starting with "error: " or "warning: "; it is "" for a file without problems, and a file
 * that cannot be opened at all gives one "error: cannot open: ..." line. Returns VETDICOM_OK
 * whenever the check ran (problems are in the text, not the status). `options` (NULL = defaults)
 * are used to open the file. Decodes every frame (unless they total more than 1 GiB), so it
 * takes about as long as decoding the file. Thread-safe. */
vetdicom_status vetdicom_file_check(const char *path, const vetdicom_options *options, char *buffer,
                                    size_t capacity, size_t *length);

/* De-identification flags (bitwise or). */
#define VETDICOM_DEID_KEEP_ANIMAL_NAME    1u  /* Patient's Name "ANON^<animal>"; never the owner    */
#define VETDICOM_DEID_KEEP_DATES          2u  /* Retain Longitudinal Temporal Information Full Dates */
#define VETDICOM_DEID_INCLUDE_BURNED_IN   4u  /* also write Burned In Annotation = YES files (listed) */

/* De-identifies `input` (a file, or every DICOM file under a folder) into `output` (a file, or a
 * folder mirroring the input's layout; created as needed) for referral: PS3.15 Annex E Basic
 * Application Level Confidentiality Profile with the Retain Patient Characteristics Option,
 * veterinary-aware (owner, clinic, IDs, dates, free text removed or replaced; species, breed,
 * sex, neutered status and age kept; Patient's Name and ID a pseudonym; private attributes,
 * curves and overlay data removed). UIDs become 2.25 UIDs from HMAC-SHA-256 keyed by `secret`
 * (hex digits; NULL or "" = a random key for this call), the same across the whole set and
 * inside sequences, so study/series grouping and references survive. Pixel data is written
 * unchanged; files with Burned In Annotation = YES are skipped unless the flag says so, and
 * listed in the report. The input is never written. Patient Identity Removed, De-identification
 * Method and its Code Sequence (DCM 113100, 113108, 113106) are set.
 * The report, as JSON {"written":[{"source","output"}],"burned_in_annotation":[...],
 * "burned_in_unknown":[...],"not_dicom":[...],"failed":[{"file","message"}],"uids_remapped"},
 * goes to (buffer, capacity, length) with the protocol of the Clinic archive section (a
 * too-small buffer keeps the report for the next call with the same arguments on this thread,
 * which returns it without de-identifying again); `length` NULL: no report. Errors: IO,
 * INVALID_ARGUMENT (unknown flags, bad secret, output inside the input folder), NULL_ARGUMENT.
 * A file that cannot be de-identified is listed under "failed", not an error of the call. */
vetdicom_status vetdicom_deidentify(const char *input, const char *output, uint32_t flags, const char *secret,
                                    char *buffer, size_t capacity, size_t *length);

#ifdef __cplusplus
}
#endif
#endif /* VETDICOM_H */
