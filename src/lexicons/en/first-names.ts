// Common English first names (United States, Canada, United Kingdom, Australia) with their
// usual gender, written from memory of the most frequent given names in the US Social Security
// and UK ONS name statistics, plus names frequent in English-language news. Used for the gender
// of a pronoun's antecedent and to tell a person's name from other capitalised words.
export const firstNames = {
  male: [
    "Aaron", "Adam", "Alan", "Albert", "Alex", "Alexander", "Andrew", "Andy", "Anthony", "Arthur", "Barack",
    "Ben", "Benjamin", "Bill", "Bob", "Boris", "Brad", "Brandon", "Brian", "Bruce", "Carl", "Charles", "Charlie",
    "Chris", "Christopher", "Clark", "Colin", "Craig", "Dan", "Daniel", "Darren", "Dave", "David", "Dennis",
    "Donald", "Doug", "Douglas", "Dylan", "Ed", "Edward", "Elon", "Eric", "Ethan", "Frank", "Fred", "Gary",
    "George", "Gerald", "Glen", "Gordon", "Graham", "Greg", "Gregory", "Harry", "Henry", "Ian", "Jack", "Jacob",
    "Jake", "James", "Jason", "Jeff", "Jeffrey", "Jeremy", "Jerry", "Jim", "Jimmy", "Joe", "John", "Jon",
    "Jonathan", "Joseph", "Josh", "Joshua", "Justin", "Keith", "Ken", "Kenneth", "Kevin", "Kyle", "Larry",
    "Lee", "Leonard", "Liam", "Lloyd", "Luke", "Malcolm", "Mark", "Martin", "Matt", "Matthew", "Max", "Michael",
    "Mike", "Mitch", "Mitt", "Nathan", "Neil", "Nicholas", "Nick", "Noah", "Oliver", "Patrick", "Paul", "Peter",
    "Phil", "Philip", "Ralph", "Randy", "Ray", "Raymond", "Richard", "Rick", "Rob", "Robert", "Roger", "Ron",
    "Ronald", "Rory", "Roy", "Russell", "Ryan", "Sam", "Samuel", "Scott", "Sean", "Seth", "Simon", "Stephen",
    "Steve", "Steven", "Stuart", "Ted", "Terry", "Thomas", "Tim", "Timothy", "Todd", "Tom", "Tony", "Travis",
    "Trevor", "Tyler", "Victor", "Vincent", "Walter", "Warren", "Wayne", "William", "Vladimir", "Jair",
    "Narendra", "Shinzo", "Recep", "Sergei", "Dmitry", "Andrés", "Juan", "Carlos", "José", "Luis", "Jorge",
    "Pedro", "Miguel", "Giuseppe", "Matteo", "Giorgio", "Hans", "Klaus", "Olaf", "Jens", "Jan", "Sundar",
    "Satya", "Tim", "Jensen", "Sam", "Mark", "Jamie", "Doug", "Blaine", "Jagmeet", "Stephen", "Dwight",
    "Denis", "Rachid", "Tedros", "Jochen", "Pierre", "Jean", "François"
  ],
  female: [
    "Abigail", "Alexandra", "Alice", "Alison", "Amanda", "Amber", "Amy", "Andrea", "Angela", "Ann", "Anna",
    "Anne", "Ashley", "Barbara", "Betty", "Beverly", "Brenda", "Carol", "Caroline", "Catherine", "Charlotte",
    "Cheryl", "Christina", "Christine", "Claire", "Cynthia", "Deborah", "Debra", "Diana", "Diane", "Donna",
    "Dorothy", "Elizabeth", "Ellen", "Emily", "Emma", "Fiona", "Frances", "Gillian", "Grace", "Hannah", "Heather",
    "Helen", "Hillary", "Holly", "Isabel", "Jacinda", "Jane", "Janet", "Jennifer", "Jessica", "Jill", "Joan",
    "Joanna", "Jodie", "Joyce", "Judith", "Judy", "Julia", "Julie", "Karen", "Kate", "Katherine", "Kathleen",
    "Kathryn", "Kathy", "Kelly", "Kim", "Kimberly", "Laura", "Lauren", "Linda", "Lisa", "Liz", "Lori", "Louise",
    "Lucy", "Lynn", "Margaret", "Maria", "Marie", "Marise", "Martha", "Mary", "Megan", "Melanie", "Melissa",
    "Michelle", "Nancy", "Natalie", "Nicola", "Nicole", "Olivia", "Pamela", "Patricia", "Penny",
    "Rachel", "Rebecca", "Rose", "Ruth", "Samantha", "Sandra", "Sarah", "Sharon", "Shirley", "Sophie", "Stephanie",
    "Susan", "Teresa", "Theresa", "Tina", "Ursula", "Valerie", "Victoria", "Virginia", "Wendy", "Angela",
    "Christine", "Chrystia", "Kamala", "Nancy", "Elizabeth", "Theresa", "Kirsten", "Alexandria", "Nikki",
    "Greta", "Sheryl", "Ginni", "Mary", "Lisa", "Jody", "Catherine", "Rachel", "Kathleen", "Marianne",
  ],
} as const;
