#include "Logging.h"

Q_LOGGING_CATEGORY(lcHttp, "leadscope.server.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "leadscope.server.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServer, "leadscope.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIngest, "leadscope.server.ingest", QtInfoMsg)
