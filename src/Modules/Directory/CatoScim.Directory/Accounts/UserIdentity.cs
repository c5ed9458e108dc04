namespace CatoScim.Directory.Accounts;

/// <summary>How the account identifies users; SCIM needs EMAIL because Okta and Entra send email user names.</summary>
internal enum UserIdentity
{
    Email,
    Upn,
}
