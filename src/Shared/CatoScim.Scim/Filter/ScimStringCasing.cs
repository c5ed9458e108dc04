namespace CatoScim.Scim.Filter;

internal enum ScimStringCasing
{
    /// <summary>caseExact attribute: compare the column as stored.</summary>
    Exact,

    /// <summary>The column already holds <c>ToUpperInvariant()</c> text; only the value is upper-cased, so indexes apply.</summary>
    Normalized,

    /// <summary>Case-insensitive without a normalized column: both sides are upper-cased in SQL.</summary>
    UpperInSql,
}
