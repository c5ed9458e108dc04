namespace CatoScim.Licensing.Seats;

/// <summary>Which kinds of licence rule an account has at all; most notifications need no more than this.</summary>
internal sealed record RuleTiers(bool Users, bool Groups, bool AllScimUsers)
{
    public bool Any => Users || Groups || AllScimUsers;
}
