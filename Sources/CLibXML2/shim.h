#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU; its ICU headers clash with the copy Foundation ships (_FoundationICU) in one
// Swift module. Podwright never touches the ICU fields of xmlCharEncodingHandler, so leave ICU out of the import.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
