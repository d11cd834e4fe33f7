/* The libxml2 functions Octavo calls, each forwarding to the function of the same
   name in libxml2, which is loaded with dlopen on the first call.

   Loading libxml2 at start-up (as a library the executable needs) costs every run of
   octavo the mapping and relocation of libxml2 and the ICU, lzma and zlib libraries
   it needs: over a millisecond, more than converting a typical post to HTML. Only XML
   outputs and checks need it, so it is loaded when they first do. */
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/globals.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/xmlschemastypes.h>

/* The library the headers were built for: libxml2 2.14 changed its ABI and soname. */
#if defined(__APPLE__)
#define OCTAVO_LIBXML2_NAME "libxml2.2.dylib"
#elif LIBXML_VERSION >= 21400
#define OCTAVO_LIBXML2_NAME "libxml2.so.16"
#else
#define OCTAVO_LIBXML2_NAME "libxml2.so.2"
#endif

/* Every function forwarded, as X(name); the order gives each its slot. */
#define OCTAVO_LIBXML2_FUNCTIONS(X) \
    X(__xmlGenericError) X(__xmlGenericErrorContext) X(__xmlStructuredError) X(__xmlStructuredErrorContext) \
    X(htmlCtxtReadMemory) X(htmlFreeParserCtxt) X(htmlNewParserCtxt) \
    X(xmlCreateMemoryParserCtxt) X(xmlCtxtUseOptions) X(xmlFreeDoc) X(xmlFreeParserCtxt) X(xmlInitParser) \
    X(xmlParseDocument) X(xmlStopParser) X(xmlSetGenericErrorFunc) X(xmlSetStructuredErrorFunc) \
    X(xmlRelaxNGFree) X(xmlRelaxNGFreeParserCtxt) X(xmlRelaxNGFreeValidCtxt) X(xmlRelaxNGInitTypes) \
    X(xmlRelaxNGNewMemParserCtxt) X(xmlRelaxNGNewValidCtxt) X(xmlRelaxNGParse) \
    X(xmlRelaxNGSetParserStructuredErrors) X(xmlRelaxNGSetValidStructuredErrors) X(xmlRelaxNGValidateDoc) \
    X(xmlSchemaInitTypes)

#define OCTAVO_SLOT(name) octavo_slot_##name,
enum { OCTAVO_LIBXML2_FUNCTIONS(OCTAVO_SLOT) octavo_slot_count };

#define OCTAVO_NAME(name) #name,
static const char *const octavo_names[octavo_slot_count] = { OCTAVO_LIBXML2_FUNCTIONS(OCTAVO_NAME) };

static void *octavo_functions[octavo_slot_count];
static pthread_once_t octavo_load_once = PTHREAD_ONCE_INIT;

/* Loads libxml2 and finds every function, or ends the process with a message: a
   forwarder has nothing to return without the library. */
static void octavo_load(void) {
    void *library = dlopen(OCTAVO_LIBXML2_NAME, RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        fprintf(stderr, "Error: cannot load libxml2, which XML outputs and checks need: %s\n", dlerror());
        exit(1);
    }
    for (int slot = 0; slot < octavo_slot_count; slot++) {
        octavo_functions[slot] = dlsym(library, octavo_names[slot]);
        if (octavo_functions[slot] == NULL) {
            fprintf(stderr, "Error: the libxml2 found (%s) has no %s\n", OCTAVO_LIBXML2_NAME, octavo_names[slot]);
            exit(1);
        }
    }
}

static void *octavo_function(int slot) {
    pthread_once(&octavo_load_once, octavo_load);
    return octavo_functions[slot];
}

/* A forwarder: the function `name`, with libxml2's own declaration, calling libxml2's. */
#define OCTAVO_FORWARD(result, name, parameters, arguments) \
    result name parameters { \
        return ((result (*) parameters) octavo_function(octavo_slot_##name)) arguments; \
    }
#define OCTAVO_FORWARD_VOID(name, parameters, arguments) \
    void name parameters { \
        ((void (*) parameters) octavo_function(octavo_slot_##name)) arguments; \
    }

OCTAVO_FORWARD(xmlGenericErrorFunc *, __xmlGenericError, (void), ())
OCTAVO_FORWARD(void **, __xmlGenericErrorContext, (void), ())
OCTAVO_FORWARD(xmlStructuredErrorFunc *, __xmlStructuredError, (void), ())
OCTAVO_FORWARD(void **, __xmlStructuredErrorContext, (void), ())
OCTAVO_FORWARD(htmlDocPtr, htmlCtxtReadMemory,
               (htmlParserCtxtPtr ctxt, const char *buffer, int size, const char *URL, const char *encoding, int options),
               (ctxt, buffer, size, URL, encoding, options))
OCTAVO_FORWARD_VOID(htmlFreeParserCtxt, (htmlParserCtxtPtr ctxt), (ctxt))
OCTAVO_FORWARD(htmlParserCtxtPtr, htmlNewParserCtxt, (void), ())
OCTAVO_FORWARD(xmlParserCtxtPtr, xmlCreateMemoryParserCtxt, (const char *buffer, int size), (buffer, size))
OCTAVO_FORWARD(int, xmlCtxtUseOptions, (xmlParserCtxtPtr ctxt, int options), (ctxt, options))
OCTAVO_FORWARD_VOID(xmlFreeDoc, (xmlDocPtr cur), (cur))
OCTAVO_FORWARD_VOID(xmlFreeParserCtxt, (xmlParserCtxtPtr ctxt), (ctxt))
OCTAVO_FORWARD_VOID(xmlInitParser, (void), ())
OCTAVO_FORWARD(int, xmlParseDocument, (xmlParserCtxtPtr ctxt), (ctxt))
OCTAVO_FORWARD_VOID(xmlStopParser, (xmlParserCtxtPtr ctxt), (ctxt))
OCTAVO_FORWARD_VOID(xmlSetGenericErrorFunc, (void *ctx, xmlGenericErrorFunc handler), (ctx, handler))
OCTAVO_FORWARD_VOID(xmlSetStructuredErrorFunc, (void *ctx, xmlStructuredErrorFunc handler), (ctx, handler))
OCTAVO_FORWARD_VOID(xmlRelaxNGFree, (xmlRelaxNGPtr schema), (schema))
OCTAVO_FORWARD_VOID(xmlRelaxNGFreeParserCtxt, (xmlRelaxNGParserCtxtPtr ctxt), (ctxt))
OCTAVO_FORWARD_VOID(xmlRelaxNGFreeValidCtxt, (xmlRelaxNGValidCtxtPtr ctxt), (ctxt))
OCTAVO_FORWARD(int, xmlRelaxNGInitTypes, (void), ())
OCTAVO_FORWARD(xmlRelaxNGParserCtxtPtr, xmlRelaxNGNewMemParserCtxt, (const char *buffer, int size), (buffer, size))
OCTAVO_FORWARD(xmlRelaxNGValidCtxtPtr, xmlRelaxNGNewValidCtxt, (xmlRelaxNGPtr schema), (schema))
OCTAVO_FORWARD(xmlRelaxNGPtr, xmlRelaxNGParse, (xmlRelaxNGParserCtxtPtr ctxt), (ctxt))
OCTAVO_FORWARD_VOID(xmlRelaxNGSetParserStructuredErrors,
                    (xmlRelaxNGParserCtxtPtr ctxt, xmlStructuredErrorFunc serror, void *ctx), (ctxt, serror, ctx))
OCTAVO_FORWARD_VOID(xmlRelaxNGSetValidStructuredErrors,
                    (xmlRelaxNGValidCtxtPtr ctxt, xmlStructuredErrorFunc serror, void *ctx), (ctxt, serror, ctx))
OCTAVO_FORWARD(int, xmlRelaxNGValidateDoc, (xmlRelaxNGValidCtxtPtr ctxt, xmlDocPtr doc), (ctxt, doc))
OCTAVO_FORWARD_VOID(xmlSchemaInitTypes, (void), ())
