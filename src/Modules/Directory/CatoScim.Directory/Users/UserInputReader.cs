using System.Net.Mail;
using CatoScim.ModuleKit.GraphQL;

namespace CatoScim.Directory.Users;

/// <summary>Applies the fields present in an admin input to a user's attributes; an explicit null or blank clears one.</summary>
internal static class UserInputReader
{
    public static UserFields Apply(UserFields fields, IReadOnlyDictionary<string, object?> input)
    {
        if (input.TryGetValue("userName", out var userName))
        {
            fields = fields with { UserName = Email("userName", userName, UserFields.UserNameMax) ?? throw GraphQLErrors.Validation("userName is required.") };
        }

        return fields with
        {
            GivenName = Text(input, "givenName", UserFields.NameMax, fields.GivenName),
            FamilyName = Text(input, "familyName", UserFields.NameMax, fields.FamilyName),
            DisplayName = Text(input, "displayName", UserFields.DisplayNameMax, fields.DisplayName),
            Email = input.TryGetValue("email", out var email) ? Email("email", email, UserFields.EmailMax) : fields.Email,
            Phone = Text(input, "phone", UserFields.PhoneMax, fields.Phone),
            Title = Text(input, "title", UserFields.NameMax, fields.Title),
            Department = Text(input, "department", UserFields.NameMax, fields.Department),
        };
    }

    private static string? Text(IReadOnlyDictionary<string, object?> input, string name, int max, string? current)
    {
        if (!input.TryGetValue(name, out var raw))
        {
            return current;
        }

        var value = (raw as string)?.Trim();
        return value is { Length: > 0 } && value.Length > max
            ? throw GraphQLErrors.Validation($"{name} holds at most {max} characters.")
            : string.IsNullOrEmpty(value) ? null : value;
    }

    private static string? Email(string name, object? raw, int max)
    {
        var value = (raw as string)?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (value.Length > max)
        {
            throw GraphQLErrors.Validation($"{name} holds at most {max} characters.");
        }

        return MailAddress.TryCreate(value, out var address) && address.Address == value
            ? value
            : throw GraphQLErrors.Validation($"{name} must be an email address; '{value}' is not.");
    }
}
