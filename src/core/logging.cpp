#include "logging.h"

Q_LOGGING_CATEGORY(lcNotebook, "commonplace.notebook", QtInfoMsg)
