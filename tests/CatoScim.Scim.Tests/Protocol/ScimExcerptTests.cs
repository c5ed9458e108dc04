using CatoScim.Scim.Filter;
using CatoScim.Scim.Patch;
using CatoScim.Scim.Protocol;

namespace CatoScim.Scim.Tests.Protocol;

/// <summary>An error detail quotes at most an excerpt of what the client sent, whichever call site builds it.</summary>
public sealed class ScimExcerptTests
{
    private static readonly string Junk = new('x', 4 * 1024 * 1024);

    [Fact]
    public void Exception_details_are_clipped_whatever_the_factory()
    {
        Assert.Equal(ScimExcerpt.DetailLength + 1, ScimException.InvalidValue(Junk).Message.Length);
        Assert.EndsWith("…", ScimException.Uniqueness(Junk).Message, StringComparison.Ordinal);
        Assert.True(ScimException.InvalidPatch(new ScimPatchException(ScimErrorType.InvalidPath, Junk)).Message.Length <= ScimExcerpt.DetailLength + 1);
        Assert.True(new ScimException(Junk).Message.Length <= ScimExcerpt.DetailLength + 1);
    }

    [Fact]
    public void The_error_body_clips_its_detail()
    {
        var detail = (string)ScimError.Build(400, Junk, ScimErrorType.InvalidValue)["detail"]!;
        Assert.Equal(ScimExcerpt.DetailLength + 1, detail.Length);
    }

    [Fact]
    public void Echoed_input_is_a_200_character_excerpt_inside_a_readable_detail()
    {
        var error = Assert.Throws<ScimFilterException>(() => ScimFilterParser.Parse("userName pr " + new string('y', 3_000)));
        Assert.Contains(new string('y', 199) + "…", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('y', 201), error.Message, StringComparison.Ordinal);
        Assert.Contains("(at character", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_excerpt_never_splits_a_surrogate_pair()
    {
        var text = new string('a', ScimExcerpt.InputLength - 1) + "😀" + "tail";
        Assert.Equal(new string('a', ScimExcerpt.InputLength - 1) + "…", ScimExcerpt.Of(text));
        Assert.Equal("short", ScimExcerpt.Of("short"));
    }
}
