using CatoScim.Scim.Filter;
using CatoScim.Scim.Patch;
using CatoScim.Scim.Protocol;
using CatoScim.Scim.Tests.Patch;

namespace CatoScim.Scim.Tests.Protocol;

/// <summary>Each named refusal carries the status and RFC 7644 §3.12 scimType clients branch on.</summary>
public sealed class ScimExceptionTests
{
    public static TheoryData<string, int, string?> Factories => new()
    {
        { nameof(ScimException.InvalidValue), 400, "invalidValue" },
        { nameof(ScimException.InvalidSyntax), 400, "invalidSyntax" },
        { nameof(ScimException.InvalidPath), 400, "invalidPath" },
        { nameof(ScimException.InvalidFilter), 400, "invalidFilter" },
        { nameof(ScimException.Uniqueness), 409, "uniqueness" },
        { nameof(ScimException.Conflict), 409, null },
        { nameof(ScimException.PreconditionFailed), 412, null },
        { nameof(ScimException.NotFound), 404, null },
        { nameof(ScimException.PayloadTooLarge), 413, null },
        { nameof(ScimException.UnsupportedMediaType), 415, null },
    };

    [Theory]
    [MemberData(nameof(Factories))]
    public void A_factory_sets_status_scim_type_and_detail(string factory, int status, string? scimType)
    {
        var method = typeof(ScimException).GetMethod(factory, [typeof(string)])!;

        var error = (ScimException)method.Invoke(null, ["what to fix"])!;

        Assert.Equal((status, scimType, "what to fix"), (error.Status, error.ScimType, error.Message));
        Assert.Equal(scimType, (string?)ScimError.Build(error.Status, error.Message, error.ScimType)["scimType"]);
    }

    [Fact]
    public void Every_public_string_factory_is_listed_here()
    {
        var listed = Factories.Select(row => (string)row[0]).Order();
        var declared = typeof(ScimException).GetMethods()
            .Where(m => m.IsStatic && m.ReturnType == typeof(ScimException) && m.GetParameters() is [{ ParameterType: var p }] && p == typeof(string))
            .Select(m => m.Name).Order();

        Assert.Equal(declared, listed);
    }

    [Fact]
    public void A_patch_error_keeps_the_scim_type_the_engine_chose()
    {
        var patch = Assert.Throws<ScimPatchException>(() => PatchTestHelpers.Apply("{}", """{"op":"remove"}"""));

        var error = ScimException.InvalidPatch(patch);

        Assert.Equal((400, ScimErrorType.NoTarget, patch.Message), (error.Status, error.ScimType, error.Message));
    }

    [Fact]
    public void A_filter_error_is_invalid_filter_with_the_parser_message()
    {
        var filter = Assert.Throws<ScimFilterException>(() => ScimFilterParser.Parse("userName eq"));

        var error = ScimException.InvalidFilter(filter);

        Assert.Equal((400, ScimErrorType.InvalidFilter, filter.Message), (error.Status, error.ScimType, error.Message));
    }
}
