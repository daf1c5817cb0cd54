#include <sndfile.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/// Sets WAV cue points at the given frames (positions only; names go in a LIST/adtl chunk).
/// SF_CUES has a fixed 100-entry array, which Swift imports as a tuple, so the variable-length
/// struct is built here. Returns SF_TRUE on success.
static inline int podwright_sf_set_cues(SNDFILE *file, const uint32_t *frames, uint32_t count) {
    size_t capacity = count > 100 ? count : 100;
    size_t size = sizeof(uint32_t) + capacity * sizeof(SF_CUE_POINT);
    if (count <= 100) size = sizeof(SF_CUES);
    uint32_t *block = calloc(1, size);
    if (block == NULL) return SF_FALSE;
    block[0] = count;
    SF_CUE_POINT *points = (SF_CUE_POINT *)(void *)((char *)block + offsetof(SF_CUES, cue_points));
    for (uint32_t i = 0; i < count; i++) {
        points[i].indx = (int32_t)(i + 1);
        points[i].position = frames[i];
        /* 'data' as libsndfile's little-endian marker, written back as the bytes "data". */
        points[i].fcc_chunk = (int32_t)('d' | ('a' << 8) | ('t' << 16) | ((uint32_t)'a' << 24));
        points[i].chunk_start = 0;
        points[i].block_start = 0;
        points[i].sample_offset = frames[i];
    }
    int result = sf_command(file, SFC_SET_CUE, block, (int)size);
    free(block);
    return result;
}

/// Adds a chunk (for example `LIST`) to a file open for writing, before any audio is written.
/// `data` must stay valid until the file is closed. Returns SF_ERR_NO_ERROR on success.
static inline int podwright_sf_set_chunk(SNDFILE *file, const char *identifier, void *data, unsigned length) {
    SF_CHUNK_INFO info;
    memset(&info, 0, sizeof(info));
    size_t idLength = strlen(identifier);
    if (idLength >= sizeof(info.id)) return SF_ERR_UNSUPPORTED_ENCODING;
    memcpy(info.id, identifier, idLength);
    info.id_size = (unsigned)idLength;
    info.datalen = length;
    info.data = data;
    return sf_set_chunk(file, &info);
}

/// Sends a command whose argument is a double (compression level, VBR quality).
static inline int podwright_sf_command_double(SNDFILE *file, int command, double value) {
    return sf_command(file, command, &value, (int)sizeof(value));
}

/// Sends a command whose argument is an int (bitrate mode, clipping).
static inline int podwright_sf_command_int(SNDFILE *file, int command, int value) {
    return sf_command(file, command, &value, (int)sizeof(value));
}
