using CatoScim.Events.Provisioning;

namespace CatoScim.Events.Tests.Provisioning;

public sealed class EventWordsTests
{
    public static TheoryData<string> Operations() => [.. ProvisioningOperations.All];

    [Theory]
    [MemberData(nameof(Operations))]
    public void Every_known_operation_has_words_without_underscores_and_a_plural(string operation)
    {
        Assert.True(EventWords.IsKnown(operation));
        var phrase = EventWords.Of(operation, ProvisioningAction.Success);
        Assert.DoesNotContain('_', phrase.One + phrase.Many);
        Assert.NotEqual(phrase.One, phrase.Many);
    }

    [Fact]
    public void The_vocabulary_names_no_operation_the_events_feed_does_not_list()
    {
        Assert.Equal(ProvisioningOperations.All.Order(StringComparer.Ordinal), EventWords.Operations.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("USER_CREATED", "Success", 12, "12 users created", "User created")]
    [InlineData("USER_CREATED", "Success", 1, "1 user created", "User created")]
    [InlineData("USER_CREATE", "Failure", 1, "1 create failed", "Create failed")]
    [InlineData("USER_DEACTIVATED", "Disabled", 3, "3 users disabled", "User disabled")]
    [InlineData("USER_DEACTIVATED", "Success", 2, "2 users disabled", "User disabled")]
    [InlineData("REQUESTS_REFUSED", "Failure", 7, "7 requests refused", "Request refused")]
    [InlineData("LICENSE_ASSIGNED", "Success", 4, "4 licences assigned", "Licence assigned")]
    public void Counts_and_labels_read_as_an_admin_says_them(string operation, string action, int count, string counted, string label)
    {
        var phrase = EventWords.Of(operation, Enum.Parse<ProvisioningAction>(action));
        Assert.Equal((counted, label), (phrase.Counted(count), phrase.Label));
    }

    [Fact]
    public void Headings_are_the_plural_capitalised()
    {
        Assert.Equal("Users created", EventWords.Of("USER_CREATED", ProvisioningAction.Success).Heading);
        Assert.Equal("Requests refused", EventWords.Of("REQUESTS_REFUSED", ProvisioningAction.Failure).Heading);
    }

    [Fact]
    public void A_put_and_a_patch_update_are_the_same_words_and_rank()
    {
        Assert.Equal(EventWords.Of("USER_REPLACE", ProvisioningAction.Failure), EventWords.Of("USER_PATCH", ProvisioningAction.Failure));
    }

    [Fact]
    public void An_operation_another_version_stored_reads_from_its_code()
    {
        Assert.False(EventWords.IsKnown("USER_ARCHIVED"));
        Assert.Equal("2 user archived events", EventWords.Of("USER_ARCHIVED", ProvisioningAction.Success).Counted(2));
        Assert.Equal("Failed user archive event", EventWords.Of("USER_ARCHIVE", ProvisioningAction.Failure).Label);
        Assert.Equal("1 unnamed event", EventWords.Of("__", ProvisioningAction.Success).Counted(1));
    }

    [Fact]
    public void A_known_success_operation_that_failed_says_so()
    {
        Assert.Equal("1 user created (failed)", EventWords.Of("USER_CREATED", ProvisioningAction.Failure).Counted(1));
    }

    [Theory]
    [InlineData("TOKEN_REVOKED", "Revoked token (TOKEN_REVOKED)")]
    [InlineData("RATE_LIMITED", "Too many requests (RATE_LIMITED)")]
    [InlineData("userName already exists", "userName already exists")]
    public void Gate_reasons_get_words_and_keep_their_code_other_reasons_stay(string reason, string expected) =>
        Assert.Equal(expected, EventWords.Reason(reason));
}
