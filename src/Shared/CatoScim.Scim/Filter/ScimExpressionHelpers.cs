using System.Linq.Expressions;

namespace CatoScim.Scim.Filter;

internal static class ScimExpressionHelpers
{
    public static LambdaExpression StripConversions(LambdaExpression lambda)
    {
        var body = lambda.Body;
        while (body is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert)
        {
            body = convert.Operand;
        }

        return Expression.Lambda(body, lambda.Parameters);
    }

    public static Expression Bind(LambdaExpression lambda, Expression instance) =>
        new ParameterReplacer(lambda.Parameters[0], instance).Visit(lambda.Body);

    public static Expression Parameter(object value, Type targetType)
    {
        var valueType = value.GetType();
        var holder = Activator.CreateInstance(typeof(ScimFilterParameter<>).MakeGenericType(valueType), value)!;
        Expression read = Expression.Property(Expression.Constant(holder), "Value");
        return read.Type == targetType ? read : Expression.Convert(read, targetType);
    }

    public static bool IsNullable(Type type) => !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;

    private sealed class ParameterReplacer(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
