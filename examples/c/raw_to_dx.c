/*
 * raw_to_dx.c - a vendor integration in one file: convert a detector's raw 16-bit dump (or a
 * PGM) plus a small JSON sidecar into a DICOM Digital X-Ray image (For Presentation).
 *
 *   raw_to_dx DETECTOR.raw|IMAGE.pgm SIDECAR.json OUT.dcm
 *
 * The raw dump is rows x columns little-endian unsigned 16-bit samples (rows and columns from the
 * sidecar); a binary PGM (P5) brings its own size (16-bit PGM samples are big endian). The
 * sidecar is one JSON object:
 *
 *   { "rows": 512, "columns": 512, "bits_stored": 12, "photometric": "MONOCHROME2",
 *     "transfer_syntax": "1.2.840.10008.1.2.1",
 *     "patient": { "animal_name": "Buddy", "owner_family_name": "Smith", "patient_id": "VET-1",
 *                  "species_description": "Canine", "breed_description": "Labrador Retriever",
 *                  "sex": "M", "neutered": "ALTERED", "birth_date": "20190412" },
 *     "attributes": { "StudyDescription": "Thorax", "ImagerPixelSpacing": [0.15, 0.15] } }
 *
 * "patient" takes the field names of vetdicom_patient; "attributes" any DICOM keyword (arrays
 * become multiple values). The small JSON reader below handles what such a sidecar holds:
 * objects, strings (with escapes), numbers, arrays of those, true/false/null.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <vetdicom/vetdicom.h>

/* ---- a tiny JSON reader: flattens {"a": {"b": 1}} into the pairs ("a.b", "1") ---------------- */

#define MAX_PAIRS 128
#define MAX_TEXT 1024

struct pair {
    char key[128];
    char value[MAX_TEXT];
};

struct json {
    const char *p;
    const char *end;
    struct pair pairs[MAX_PAIRS];
    int count;
    const char *error;
};

static void skip_ws(struct json *j)
{
    while (j->p < j->end && isspace((unsigned char)*j->p))
        j->p++;
}

/* Reads a string into out (UTF-8; \uXXXX below 0x800 only, enough for names). */
static int read_string(struct json *j, char *out, size_t cap)
{
    size_t n = 0;
    if (j->p >= j->end || *j->p != '"')
        return j->error = "expected a string", 0;
    j->p++;
    while (j->p < j->end && *j->p != '"') {
        unsigned c = (unsigned char)*j->p++;
        if (c == '\\' && j->p < j->end) {
            char e = *j->p++;
            switch (e) {
            case 'n': c = '\n'; break;
            case 't': c = '\t'; break;
            case 'r': c = '\r'; break;
            case 'b': c = '\b'; break;
            case 'f': c = '\f'; break;
            case 'u': {
                if (j->end - j->p < 4)
                    return j->error = "short \\u escape", 0;
                char hex[5] = {j->p[0], j->p[1], j->p[2], j->p[3], 0};
                j->p += 4;
                unsigned long u = strtoul(hex, NULL, 16);
                if (u >= 0x80 && u < 0x800) {
                    if (n + 2 >= cap)
                        return j->error = "string too long", 0;
                    out[n++] = (char)(0xC0 | (u >> 6));
                    c = 0x80 | (u & 0x3F);
                } else if (u >= 0x800) {
                    return j->error = "\\u escape above U+07FF (write the character as UTF-8)", 0;
                } else {
                    c = (unsigned)u;
                }
                break;
            }
            default: c = (unsigned char)e; break; /* \" \\ \/ */
            }
        }
        if (n + 1 >= cap)
            return j->error = "string too long", 0;
        out[n++] = (char)c;
    }
    if (j->p >= j->end)
        return j->error = "unterminated string", 0;
    j->p++;
    out[n] = 0;
    return 1;
}

static int read_value(struct json *j, const char *key);

static int add_pair(struct json *j, const char *key, const char *value)
{
    if (j->count >= MAX_PAIRS)
        return j->error = "too many values", 0;
    snprintf(j->pairs[j->count].key, sizeof j->pairs[j->count].key, "%s", key);
    snprintf(j->pairs[j->count].value, sizeof j->pairs[j->count].value, "%s", value);
    j->count++;
    return 1;
}

/* A scalar (string, number, true/false/null) as text. */
static int read_scalar(struct json *j, char *out, size_t cap)
{
    skip_ws(j);
    if (j->p < j->end && *j->p == '"')
        return read_string(j, out, cap);
    size_t n = 0;
    while (j->p < j->end && (isalnum((unsigned char)*j->p) || strchr("+-.", *j->p))) {
        if (n + 1 >= cap)
            return j->error = "number too long", 0;
        out[n++] = *j->p++;
    }
    out[n] = 0;
    if (n == 0)
        return j->error = "expected a value", 0;
    if (strcmp(out, "null") == 0)
        out[0] = 0;
    return 1;
}

static int read_object(struct json *j, const char *prefix)
{
    skip_ws(j);
    if (j->p >= j->end || *j->p != '{')
        return j->error = "expected an object", 0;
    j->p++;
    skip_ws(j);
    if (j->p < j->end && *j->p == '}')
        return j->p++, 1;
    for (;;) {
        char name[96], key[128];
        skip_ws(j);
        if (!read_string(j, name, sizeof name))
            return 0;
        snprintf(key, sizeof key, "%s%s%s", prefix, prefix[0] ? "." : "", name);
        skip_ws(j);
        if (j->p >= j->end || *j->p != ':')
            return j->error = "expected ':'", 0;
        j->p++;
        if (!read_value(j, key))
            return 0;
        skip_ws(j);
        if (j->p < j->end && *j->p == ',') {
            j->p++;
            continue;
        }
        if (j->p < j->end && *j->p == '}')
            return j->p++, 1;
        return j->error = "expected ',' or '}'", 0;
    }
}

/* Arrays of scalars become one DICOM multi-value: "a\b\c". */
static int read_value(struct json *j, const char *key)
{
    skip_ws(j);
    if (j->p < j->end && *j->p == '{')
        return read_object(j, key);
    char text[MAX_TEXT];
    if (j->p < j->end && *j->p == '[') {
        size_t n = 0;
        j->p++;
        text[0] = 0;
        skip_ws(j);
        while (j->p < j->end && *j->p != ']') {
            char item[256];
            if (!read_scalar(j, item, sizeof item))
                return 0;
            int w = snprintf(text + n, sizeof text - n, "%s%s", n ? "\\" : "", item);
            if (w < 0 || (size_t)w >= sizeof text - n)
                return j->error = "array too long", 0;
            n += (size_t)w;
            skip_ws(j);
            if (j->p < j->end && *j->p == ',')
                j->p++, skip_ws(j);
        }
        if (j->p >= j->end)
            return j->error = "unterminated array", 0;
        j->p++;
        return add_pair(j, key, text);
    }
    if (!read_scalar(j, text, sizeof text))
        return 0;
    return add_pair(j, key, text);
}

static const char *get(const struct json *j, const char *key)
{
    for (int i = 0; i < j->count; i++)
        if (strcmp(j->pairs[i].key, key) == 0)
            return j->pairs[i].value;
    return NULL;
}

/* ---- input files --------------------------------------------------------------------------- */

static unsigned char *read_file(const char *path, size_t *size)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return NULL;
    size_t cap = 1 << 20, n = 0;
    unsigned char *buf = malloc(cap);
    while (buf != NULL) {
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (n < cap)
            break;
        unsigned char *bigger = realloc(buf, cap * 2);
        if (bigger == NULL) {
            free(buf);
            buf = NULL;
            break;
        }
        buf = bigger;
        cap *= 2;
    }
    fclose(f);
    *size = n;
    return buf;
}

/* Parses a binary PGM header; returns the offset of the samples (0 if not a P5 PGM). */
static size_t pgm_header(const unsigned char *d, size_t size, uint32_t *w, uint32_t *h, uint32_t *maxval)
{
    if (size < 2 || d[0] != 'P' || d[1] != '5')
        return 0;
    size_t i = 2;
    unsigned long v[3];
    for (int k = 0; k < 3; k++) {
        while (i < size && (isspace(d[i]) || d[i] == '#')) {
            if (d[i] == '#')
                while (i < size && d[i] != '\n')
                    i++;
            else
                i++;
        }
        v[k] = 0;
        int digits = 0;
        while (i < size && isdigit(d[i]) && digits < 6)
            v[k] = v[k] * 10 + (unsigned long)(d[i++] - '0'), digits++;
        if (digits == 0)
            return 0;
    }
    if (v[0] == 0 || v[1] == 0 || v[2] == 0 || v[0] > 65535 || v[1] > 65535 || v[2] > 65535)
        return 0;
    *w = (uint32_t)v[0];
    *h = (uint32_t)v[1];
    *maxval = (uint32_t)v[2];
    return i + 1; /* one whitespace byte after maxval */
}

static int fail(const char *what, vetdicom_status s)
{
    fprintf(stderr, "raw_to_dx: %s: %s (%s)\n", what, vetdicom_status_string(s), vetdicom_last_error_message());
    return 1;
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: %s DETECTOR.raw|IMAGE.pgm SIDECAR.json OUT.dcm\n", argv[0]);
        return 2;
    }
    size_t json_size = 0, input_size = 0;
    unsigned char *json_text = read_file(argv[2], &json_size);
    if (json_text == NULL) {
        fprintf(stderr, "raw_to_dx: cannot read %s\n", argv[2]);
        return 1;
    }
    static struct json j;
    j.p = (const char *)json_text;
    j.end = j.p + json_size;
    if (!read_object(&j, "")) {
        fprintf(stderr, "raw_to_dx: %s: %s at offset %ld\n", argv[2], j.error, (long)(j.p - (const char *)json_text));
        free(json_text);
        return 1;
    }

    unsigned char *input = read_file(argv[1], &input_size);
    if (input == NULL) {
        fprintf(stderr, "raw_to_dx: cannot read %s\n", argv[1]);
        free(json_text);
        return 1;
    }

    vetdicom_pixel_description px = {.struct_size = sizeof px, .samples_per_pixel = 1, .bits_allocated = 16};
    const unsigned char *samples = input;
    size_t sample_bytes = input_size;
    uint32_t w = 0, h = 0, maxval = 0;
    size_t offset = pgm_header(input, input_size, &w, &h, &maxval);
    if (offset > 0) {
        px.rows = h;
        px.columns = w;
        px.bits_allocated = maxval > 255 ? 16 : 8;
        for (px.bits_stored = 1; (1u << px.bits_stored) <= maxval; px.bits_stored++) {
        }
        samples = input + offset;
        sample_bytes = input_size - offset;
        if (px.bits_allocated == 16) /* PGM is big endian; DICOM pixels are handed over little endian */
            for (size_t i = 0; i + 1 < sample_bytes; i += 2) {
                unsigned char t = input[offset + i];
                input[offset + i] = input[offset + i + 1];
                input[offset + i + 1] = t;
            }
    } else {
        const char *rows = get(&j, "rows"), *columns = get(&j, "columns");
        if (rows == NULL || columns == NULL) {
            fprintf(stderr, "raw_to_dx: a raw dump needs \"rows\" and \"columns\" in the sidecar\n");
            return 1;
        }
        px.rows = (uint32_t)strtoul(rows, NULL, 10);
        px.columns = (uint32_t)strtoul(columns, NULL, 10);
    }
    if (get(&j, "bits_stored"))
        px.bits_stored = (uint32_t)strtoul(get(&j, "bits_stored"), NULL, 10);
    px.photometric_interpretation = get(&j, "photometric");
    size_t frame_bytes = (size_t)px.rows * px.columns * (px.bits_allocated / 8);
    if (sample_bytes < frame_bytes) {
        fprintf(stderr, "raw_to_dx: %s has %zu bytes of samples, %u x %u needs %zu\n", argv[1], sample_bytes, px.rows,
                px.columns, frame_bytes);
        return 1;
    }

    vetdicom_patient patient = {.struct_size = sizeof patient};
    patient.patient_name = get(&j, "patient.patient_name");
    patient.owner_family_name = get(&j, "patient.owner_family_name");
    patient.animal_name = get(&j, "patient.animal_name");
    patient.patient_id = get(&j, "patient.patient_id");
    patient.species_description = get(&j, "patient.species_description");
    patient.species_code_value = get(&j, "patient.species_code_value");
    patient.species_code_scheme = get(&j, "patient.species_code_scheme");
    patient.species_code_meaning = get(&j, "patient.species_code_meaning");
    patient.breed_description = get(&j, "patient.breed_description");
    patient.breed_code_value = get(&j, "patient.breed_code_value");
    patient.breed_code_scheme = get(&j, "patient.breed_code_scheme");
    patient.breed_code_meaning = get(&j, "patient.breed_code_meaning");
    patient.sex = get(&j, "patient.sex");
    patient.neutered = get(&j, "patient.neutered");
    patient.responsible_person = get(&j, "patient.responsible_person");
    patient.responsible_person_role = get(&j, "patient.responsible_person_role");
    patient.responsible_organization = get(&j, "patient.responsible_organization");
    patient.birth_date = get(&j, "patient.birth_date");

    /* "attributes.Keyword" pairs become "Keyword=value" strings. */
    static char attribute_text[MAX_PAIRS][MAX_TEXT + 128];
    const char *attributes[MAX_PAIRS + 1];
    int n = 0;
    for (int i = 0; i < j.count; i++)
        if (strncmp(j.pairs[i].key, "attributes.", 11) == 0) {
            snprintf(attribute_text[n], sizeof attribute_text[n], "%s=%s", j.pairs[i].key + 11, j.pairs[i].value);
            attributes[n] = attribute_text[n];
            n++;
        }
    attributes[n] = NULL;

    vetdicom_create_info info = {.struct_size = sizeof info, .modality = "DX", .patient = &patient,
                                 .attributes = attributes, .uid_root = get(&j, "uid_root")};
    vetdicom_file *file = NULL;
    vetdicom_status s = vetdicom_file_create_image(&info, &px, samples, frame_bytes, &file);
    if (s != VETDICOM_OK) {
        free(input);
        free(json_text);
        return fail("create", s);
    }
    const char *ts = get(&j, "transfer_syntax");
    s = vetdicom_file_save(file, argv[3], ts && ts[0] ? ts : NULL, NULL);
    if (s != VETDICOM_OK) {
        vetdicom_file_close(file);
        free(input);
        free(json_text);
        return fail("save", s);
    }
    printf("wrote %s: DX %ux%u, %u bits stored, patient %s^%s\n", argv[3], px.columns, px.rows,
           px.bits_stored ? px.bits_stored : px.bits_allocated, patient.owner_family_name ? patient.owner_family_name : "",
           patient.animal_name ? patient.animal_name : "");
    vetdicom_file_close(file);
    free(input);
    free(json_text);
    return 0;
}
