namespace CatoScim.Directory.Users;

internal enum SortDirection
{
    Asc,
    Desc,
}
