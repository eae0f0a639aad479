// Names of alignment statuses, as the JSON contract spells them.
#include "resdiff/align.hpp"

namespace resdiff {

const char* status_name(Status status) {
  switch (status) {
    case Status::Unchanged: return "unchanged";
    case Status::Changed: return "changed";
    case Status::Moved: return "moved";
    case Status::Inserted: return "inserted";
    case Status::Deleted: return "deleted";
    case Status::Split: return "split";
    case Status::Merged: return "merged";
  }
  return "unchanged";
}

}  // namespace resdiff
