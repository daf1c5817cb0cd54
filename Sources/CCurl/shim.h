#include <curl/curl.h>

// curl_easy_setopt and curl_easy_getinfo are C variadic functions, which Swift cannot call; these typed wrappers can.
static inline CURLcode podwright_curl_set_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}
static inline CURLcode podwright_curl_set_string(CURL *handle, CURLoption option, const char *value) {
    return curl_easy_setopt(handle, option, value);
}
static inline CURLcode podwright_curl_set_pointer(CURL *handle, CURLoption option, void *value) {
    return curl_easy_setopt(handle, option, value);
}
static inline CURLcode podwright_curl_set_off(CURL *handle, CURLoption option, curl_off_t value) {
    return curl_easy_setopt(handle, option, value);
}
typedef size_t (*podwright_curl_write_callback)(char *data, size_t size, size_t count, void *context);
static inline CURLcode podwright_curl_set_write(CURL *handle, CURLoption option, podwright_curl_write_callback f) {
    return curl_easy_setopt(handle, option, f);
}
typedef int (*podwright_curl_progress_callback)(void *context, curl_off_t dltotal, curl_off_t dlnow,
                                                curl_off_t ultotal, curl_off_t ulnow);
static inline CURLcode podwright_curl_set_progress(CURL *handle, podwright_curl_progress_callback f) {
    return curl_easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, f);
}
static inline CURLcode podwright_curl_get_long(CURL *handle, CURLINFO info, long *value) {
    return curl_easy_getinfo(handle, info, value);
}
static inline CURLcode podwright_curl_get_string(CURL *handle, CURLINFO info, char **value) {
    return curl_easy_getinfo(handle, info, value);
}
