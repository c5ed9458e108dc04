using System.Net.Mail;
using CatoScim.ModuleKit.GraphQL;

namespace CatoScim.Directory.Users;

/// <summary>Applies the fields present in an admin input to a user's attributes; an explicit null or blank clears one.</summary>
internal static class UserFieldEdits
{
    public static UserFields Apply(UserFields fields, Optional<string> userName, UserAttributesInput input)
    {
        if (userName.IsSet)
        {
            fields = fields with { UserName = Email("userName", userName.Value, UserFields.UserNameMax) ?? throw GraphQLErrors.Validation("input.userName", "userName is required.") };
        }

        return fields with
        {
            GivenName = Text(input.GivenName, "givenName", UserFields.NameMax, fields.GivenName),
            FamilyName = Text(input.FamilyName, "familyName", UserFields.NameMax, fields.FamilyName),
            DisplayName = Text(input.DisplayName, "displayName", UserFields.DisplayNameMax, fields.DisplayName),
            Email = input.Email.IsSet ? Email("email", input.Email.Value, UserFields.EmailMax) : fields.Email,
            Phone = Text(input.Phone, "phone", UserFields.PhoneMax, fields.Phone),
            Title = Text(input.Title, "title", UserFields.NameMax, fields.Title),
            Department = Text(input.Department, "department", UserFields.NameMax, fields.Department),
        };
    }

    private static string? Text(Optional<string> field, string name, int max, string? current)
    {
        if (!field.IsSet)
        {
            return current;
        }

        var value = field.Value?.Trim();
        return value is { Length: > 0 } && value.Length > max
            ? throw GraphQLErrors.Validation($"input.{name}", $"{name} holds at most {max} characters.")
            : string.IsNullOrEmpty(value) ? null : value;
    }

    private static string? Email(string name, string? raw, int max)
    {
        var value = raw?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (value.Length > max)
        {
            throw GraphQLErrors.Validation($"input.{name}", $"{name} holds at most {max} characters.");
        }

        return MailAddress.TryCreate(value, out var address) && address.Address == value
            ? value
            : throw GraphQLErrors.Validation($"input.{name}", $"{name} must be an email address; '{value}' is not.");
    }
}
