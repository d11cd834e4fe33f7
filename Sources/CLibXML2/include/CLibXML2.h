#ifndef OCTAVO_CLIBXML2_H
#define OCTAVO_CLIBXML2_H

/* The parts of libxml2 Octavo uses, and small helpers around them. libxml2 is not
   linked: LibXML2Loader.c defines each function Octavo calls and loads libxml2 on the
   first call, so conversions that write no XML never load it. */

/* A libxml2 built with ICU makes encoding.h include ICU's headers, whose types clash
   with the ICU copy that Foundation's modules carry, so a file importing both fails to
   compile. Octavo never touches the ICU fields of an encoding handler (it only passes
   handler pointers through libxml2), so the headers are read as if ICU were off. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/relaxng.h>
#include <libxml/xmlschemastypes.h>
#include <libxml/xmlerror.h>

/* libxml2 2.12 made the structured handler's error pointer const. */
#if LIBXML_VERSION >= 21200
typedef const xmlError *octavo_error_pointer;
#else
typedef xmlError *octavo_error_pointer;
#endif

/* Receives one libxml2 message as plain values (level 1 warning, 2 error, 3 fatal). */
typedef void (*octavo_message_sink)(void *context, int level, int line, int column, const char *message);

/* Where the messages of one call go; lives on the caller's stack for that call. */
typedef struct {
    octavo_message_sink sink;
    void *context;
    int refused;
    int refused_line;
    int refused_column;
} octavo_message_target;

/* The handlers that were installed on this thread before a call. */
typedef struct {
    xmlStructuredErrorFunc structured;
    void *structured_context;
    xmlGenericErrorFunc generic;
    void *generic_context;
} octavo_saved_handlers;

/* The only parser options Octavo uses: no network, big line numbers; never NOENT,
   DTDLOAD, DTDATTR, DTDVALID, XINCLUDE or HUGE. */
static const int octavo_safe_parse_options = XML_PARSE_NONET | XML_PARSE_BIG_LINES;

static inline void octavo_forward_message(void *data, octavo_error_pointer error) {
    octavo_message_target *target = (octavo_message_target *)data;
    if (target == NULL || error == NULL || target->sink == NULL) return;
    target->sink(target->context, (int)error->level, error->line, error->int2, error->message);
}

static inline void octavo_ignore_generic_message(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

/* Routes this thread's libxml2 messages to `target` (libxml2 keeps these handlers
   per thread) and returns the handlers to put back with octavo_restore_handlers. */
static inline octavo_saved_handlers octavo_route_messages(octavo_message_target *target) {
    octavo_saved_handlers saved = { xmlStructuredError, xmlStructuredErrorContext, xmlGenericError, xmlGenericErrorContext };
    xmlSetStructuredErrorFunc(target, octavo_forward_message);
    xmlSetGenericErrorFunc(NULL, octavo_ignore_generic_message);
    return saved;
}

static inline void octavo_restore_handlers(octavo_saved_handlers saved) {
    xmlSetStructuredErrorFunc(saved.structured_context, saved.structured);
    xmlSetGenericErrorFunc(saved.generic_context, saved.generic);
}

/* Stops the parse at the first entity declaration: no entity is ever stored, so none
   can be expanded or fetched. */
static inline void octavo_refuse_entity_declaration(void *context, const xmlChar *name, int type,
                                                    const xmlChar *public_id, const xmlChar *system_id,
                                                    xmlChar *content) {
    (void)name; (void)type; (void)public_id; (void)system_id; (void)content;
    xmlParserCtxtPtr parser = (xmlParserCtxtPtr)context;
    octavo_message_target *target = (octavo_message_target *)parser->_private;
    if (target != NULL && !target->refused) {
        target->refused = 1;
        target->refused_line = parser->input != NULL ? parser->input->line : 0;
        target->refused_column = parser->input != NULL ? parser->input->col : 0;
    }
    xmlStopParser(parser);
}

/* Parses `size` bytes with the safe options; returns the document, or NULL when it is
   not well-formed or declares an entity (then target->refused is set). */
static inline xmlDocPtr octavo_parse_safely(const char *bytes, int size, octavo_message_target *target) {
    xmlParserCtxtPtr parser = xmlCreateMemoryParserCtxt(bytes, size);
    if (parser == NULL) return NULL;
    xmlCtxtUseOptions(parser, octavo_safe_parse_options);
    parser->replaceEntities = 0;
    parser->loadsubset = 0;
    parser->validate = 0;
    parser->_private = target;
    parser->sax->entityDecl = octavo_refuse_entity_declaration;
    xmlParseDocument(parser);
    xmlDocPtr document = parser->myDoc;
    int wellFormed = parser->wellFormed;
    parser->myDoc = NULL;
    xmlFreeParserCtxt(parser);
    if (document != NULL && (!wellFormed || target->refused)) {
        xmlFreeDoc(document);
        document = NULL;
    }
    return document;
}

/* Parses `size` bytes of HTML with libxml2's HTML parser: recovering from every error,
   with no network access and no implied DOCTYPE; its messages go to the handlers of
   octavo_route_messages. Returns the document, or NULL when libxml2 could not make one. */
static inline htmlDocPtr octavo_parse_html(const char *bytes, int size) {
    htmlParserCtxtPtr parser = htmlNewParserCtxt();
    if (parser == NULL) return NULL;
    htmlDocPtr document = htmlCtxtReadMemory(parser, bytes, size, NULL, "UTF-8",
        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_NODEFDTD);
    htmlFreeParserCtxt(parser);
    return document;
}

#endif
