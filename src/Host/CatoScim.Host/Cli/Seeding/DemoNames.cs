namespace CatoScim.Host.Cli.Seeding;

/// <summary>Word lists for demo people and groups; combined, they give tens of thousands of distinct names.</summary>
internal static class DemoNames
{
    public static readonly string[] Given =
    [
        "Ada", "Alan", "Amara", "Ana", "Arjun", "Ava", "Ben", "Bianca", "Carlos", "Chen", "Chloe", "Daniel", "Dana", "David", "Elena",
        "Emma", "Eitan", "Fatima", "Felix", "Grace", "Hana", "Hugo", "Ines", "Isaac", "Ivan", "Jack", "Jana", "Jonas", "Julia", "Kai",
        "Kenji", "Lara", "Leo", "Liam", "Lina", "Lucas", "Maya", "Mateo", "Mia", "Mohammed", "Nadia", "Noah", "Nora", "Olga", "Omar",
        "Paula", "Priya", "Rafael", "Rina", "Sam", "Sara", "Sofia", "Tariq", "Tom", "Uma", "Victor", "Wei", "Yael", "Yusuf", "Zoe",
    ];

    public static readonly string[] Family =
    [
        "Abbott", "Adler", "Alvarez", "Anand", "Baker", "Berg", "Bianchi", "Brown", "Cohen", "Costa", "Cruz", "Dahl", "Das", "Dubois",
        "Evans", "Fischer", "Fontaine", "Garcia", "Gold", "Gupta", "Hansen", "Harris", "Hoffmann", "Ito", "Jansen", "Johnson", "Kaur",
        "Kim", "Klein", "Kowalski", "Larsen", "Levi", "Li", "Lopez", "Martin", "Meyer", "Mizrahi", "Moreau", "Muller", "Nakamura",
        "Nguyen", "Novak", "Okafor", "Olsen", "Patel", "Perez", "Peretz", "Petrov", "Quinn", "Rossi", "Roth", "Sato", "Schmidt",
        "Shapiro", "Silva", "Singh", "Smith", "Sousa", "Suzuki", "Tanaka", "Taylor", "Thomas", "Tran", "Vargas", "Weber", "Wilson",
        "Wong", "Yamamoto", "Young", "Zhang",
    ];

    public static readonly string[] Departments =
    [
        "Engineering", "Sales", "Marketing", "Finance", "Support", "Operations", "IT", "Legal", "HR", "Product", "Security", "Research",
    ];

    public static readonly string[] Titles =
    [
        "Engineer", "Senior Engineer", "Manager", "Director", "Analyst", "Specialist", "Account Executive", "Consultant", "Administrator",
        "Team Lead", "Associate", "Architect",
    ];

    public static readonly string[] Sites =
    [
        "Tel Aviv", "London", "New York", "Berlin", "Singapore", "Tokyo", "Sydney", "Toronto", "Paris", "Madrid", "Austin", "Bangalore",
    ];

    public static readonly string[] GroupKinds =
    [
        "All staff", "SDP users", "VPN remote access", "Contractors", "Managers", "On call", "Project", "Guests", "Admins", "Interns",
    ];
}
