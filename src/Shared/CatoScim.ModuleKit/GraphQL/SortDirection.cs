namespace CatoScim.ModuleKit.GraphQL;

/// <summary>The one sort direction of the admin API, whatever the list.</summary>
public enum SortDirection
{
    Asc,
    Desc,
}
