namespace CatoScim.Directory.Groups;

internal enum GroupSortField
{
    Name,
    MemberCount,
    Created,
    Updated,
}
