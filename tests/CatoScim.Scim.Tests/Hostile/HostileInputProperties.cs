using System.Diagnostics;
using System.Text.Json.Nodes;
using CatoScim.Scim.Filter;
using CatoScim.Scim.Patch;
using CatoScim.Scim.Protocol;
using CatoScim.Scim.Tests.Filter.Data;
using CsCheck;

namespace CatoScim.Scim.Tests.Hostile;

/// <summary>
/// For any generated input the parsers and the PATCH applier either produce a result or refuse with a SCIM 400
/// error, within a time bound: no other exception, no stack overflow (which would end the test run), no minutes of work.
/// </summary>
public sealed class HostileInputProperties
{
    // Generous for a shared CI core; the quadratic paths this guards against took 42 s for one request.
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(3);

    private static readonly JsonObject Element = JsonNode.Parse("""
        {"value":"x@y.com","type":"work","primary":true,"display":"X","emails":[{"value":"a"}]}
        """)!.AsObject();

    private const string User = """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"id":"u1","userName":"a@b.com","active":true,
         "name":{"givenName":"Ann"},"emails":[{"value":"a@b.com","type":"work","primary":true}],"members":[{"value":"m1"}]}
        """;

    [Fact]
    public void Filter_parser_and_every_walker_return_a_result_or_invalidFilter() =>
        HostileInputGen.FilterText.Sample(text => Within(() =>
        {
            try
            {
                var filter = ScimFilterParser.Parse(text);
                FilterTestMaps.User.ToPredicate(filter);
                FilterTestMaps.Oracle.ToPredicate(filter);
                ScimJsonFilterMatcher.Matches(Element, filter);
                ScimJsonFilterMatcher.EqualityTemplate(filter);
                ScimMemberReferences.TryFromFilter(filter, out _);
            }
            catch (ScimFilterException)
            {
                // invalidFilter
            }
            catch (ScimPatchException e) when (e.ScimType == ScimErrorType.InvalidFilter)
            {
                // The JSON matcher's refusal of a filter nested beyond its ceiling.
            }
        }), iter: 400);

    [Fact]
    public void Path_parser_returns_a_path_or_a_filter_error() =>
        HostileInputGen.PathText.Sample(text => Within(() =>
        {
            try
            {
                ScimFilterParser.ParsePath(text);
            }
            catch (ScimFilterException)
            {
                // invalidPath once wrapped by the PATCH reader.
            }
        }), iter: 400);

    [Fact]
    public void Patch_reader_and_applier_return_a_resource_or_a_scim_400() =>
        HostileInputGen.PatchBody.Sample(text => Within(() =>
        {
            try
            {
                var request = ScimPatchRequest.Parse(JsonNode.Parse(text));
                request.ApplyTo(JsonNode.Parse(User)!.AsObject());
                foreach (var operation in request.Split("members").Extracted)
                {
                    ReadMembers(operation);
                }
            }
            catch (ScimPatchException e)
            {
                Assert.True(ScimError.ScimTypes.Contains(e.ScimType), e.ScimType);
                Assert.True(e.Message.Length <= 2 * ScimExcerpt.DetailLength, "a detail quotes an excerpt, not the input");
            }
        }), iter: 60);

    private static void ReadMembers(ScimPatchOperation operation)
    {
        if (operation.Path?.ValueFilter is { } filter)
        {
            ScimMemberReferences.TryFromFilter(filter, out _);
        }
        else if (operation.Value is not null)
        {
            ScimMemberReferences.FromValue(operation.Value);
        }
    }

    private static void Within(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        Assert.True(clock.Elapsed < Bound, $"took {clock.Elapsed}");
    }
}
