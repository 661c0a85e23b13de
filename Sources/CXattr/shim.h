// Extended attributes (the POSIX ACLs on case data live in them): the Glibc module does not
// include <sys/xattr.h>.
#include <sys/types.h>
#include <sys/xattr.h>
