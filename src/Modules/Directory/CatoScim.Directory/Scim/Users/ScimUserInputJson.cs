using System.Net.Mail;
using System.Text.Json.Nodes;
using CatoScim.Directory.Users;
using CatoScim.Scim.Protocol;
using static CatoScim.Directory.Scim.Users.ScimJsonRead;

namespace CatoScim.Directory.Scim.Users;

/// <summary>
/// Reads the attributes we keep from a User resource. Everything else (password, groups, locale, meta, unknown
/// schemas) is ignored on input and never stored.
/// </summary>
internal static class ScimUserInputJson
{
    public static ScimUserInput Read(JsonObject body)
    {
        var userName = String(Get(body, "userName"), "userName", UserFields.UserNameMax)
            ?? throw ScimException.InvalidValue("'userName' is required.");
        if (!MailAddress.TryCreate(userName, out var address) || address.Address != userName)
        {
            throw ScimException.InvalidValue(
                $"'{userName}' is not an email address. SCIM provisioning needs email user IDs: map userName to the user's email in your identity provider.");
        }

        var name = Object(Get(body, "name"), "name");
        var enterprise = Object(Get(body, ScimConstants.EnterpriseUserSchema), ScimConstants.EnterpriseUserSchema);
        var fields = new UserFields
        {
            UserName = userName,
            ExternalId = String(Get(body, "externalId"), "externalId", UserFields.ExternalIdMax),
            GivenName = String(Get(name, "givenName"), "name.givenName", UserFields.NameMax),
            FamilyName = String(Get(name, "familyName"), "name.familyName", UserFields.NameMax),
            DisplayName = String(Get(body, "displayName"), "displayName", UserFields.DisplayNameMax),
            Email = PrimaryValue(Get(body, "emails"), "emails", UserFields.EmailMax),
            Phone = PrimaryValue(Get(body, "phoneNumbers"), "phoneNumbers", UserFields.PhoneMax),
            Title = String(Get(body, "title"), "title", UserFields.NameMax),
            Department = Enterprise(body, enterprise, "department", UserFields.NameMax),
            EmployeeNumber = Enterprise(body, enterprise, "employeeNumber", UserFields.ShortMax),
            CostCenter = Enterprise(body, enterprise, "costCenter", UserFields.ShortMax),
            Organization = Enterprise(body, enterprise, "organization", UserFields.NameMax),
            Division = Enterprise(body, enterprise, "division", UserFields.NameMax),
        };
        return new ScimUserInput(fields, Boolean(Get(body, "active"), "active"), Has(body, "externalId"));
    }

    /// <summary>Some clients send extension attributes URN-qualified at the top level rather than nested.</summary>
    private static string? Enterprise(JsonObject body, JsonObject? extension, string attribute, int maxLength) =>
        String(Get(extension, attribute) ?? Get(body, $"{ScimConstants.EnterpriseUserSchema}:{attribute}"), $"{ScimConstants.EnterpriseUserSchema}:{attribute}", maxLength);
}
