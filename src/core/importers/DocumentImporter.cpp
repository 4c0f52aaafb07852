#include "importers/DocumentImporter.h"
