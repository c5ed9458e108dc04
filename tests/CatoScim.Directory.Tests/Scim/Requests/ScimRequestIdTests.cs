using CatoScim.Directory.Scim.Requests;
using CatoScim.Scim.Protocol;

namespace CatoScim.Directory.Tests.Scim.Requests;

public sealed class ScimRequestIdTests
{
    [Fact]
    public void The_id_ends_every_detail_and_a_shorteneddetail_is_shortened_to_keep_the_usual_bound()
    {
        var id = new string('7', ScimRequestId.MaxLength);
        Assert.Equal("Bad value. (request id: abc)", ScimRequestId.AppendTo("Bad value.", "abc"));

        var shortened = ScimRequestId.AppendTo(new string('x', 5_000), id);
        Assert.Equal(ScimExcerpt.DetailLength + 1, shortened.Length);
        Assert.EndsWith($"… (request id: {id})", shortened, StringComparison.Ordinal);
    }

    [Fact]
    public void Generated_ids_are_sixteen_hex_digits_and_differ()
    {
        var ids = Enumerable.Range(0, 1_000).Select(_ => ScimRequestId.Accept(null)).ToHashSet();
        Assert.Equal(1_000, ids.Count);
        Assert.All(ids, id => Assert.Matches("^[0-9a-f]{16}$", id));
        Assert.All(ids, id => Assert.True(ScimRequestId.IsSafe(id)));
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("a", true)]
    [InlineData("A.b_c-9", true)]
    [InlineData("a b", false)]
    [InlineData("a\nb", false)]
    [InlineData("é", false)]
    [InlineData("a/b", false)]
    public void Only_ascii_letters_digits_dot_underscore_and_dash_are_safe(string value, bool safe) =>
        Assert.Equal(safe, ScimRequestId.IsSafe(value));
}
