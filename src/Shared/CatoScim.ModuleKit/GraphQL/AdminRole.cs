namespace CatoScim.ModuleKit.GraphQL;

public enum AdminRole
{
    Viewer = 0,
    Editor = 1,
}
