import { type LexiconModule, words } from './list.js';

/**
 * Common given names, by the gender they usually mark, across the languages
 * encyclopedic text meets most (English, Romance, Germanic, Slavic, Arabic,
 * a few East Asian). A capitalized sequence that opens with one of these is a
 * person's name unless an organization or place head says otherwise; the
 * gender only helps pronoun resolution and never overrides an honorific.
 *
 * Kept compact on purpose: a few hundred frequent names type most people in
 * an article, and the rest are typed by other cues (honorifics, roles, ages,
 * kinship) or by sharing a surname with a typed person.
 */

/** Where these words come from. */
export const source =
  'The most frequent given names of the US Social Security Administration\'s baby-name tables (1900–2000), the national statistics offices of Spain, France, Germany, Italy, Poland and Russia, and the names of people most often linked from English Wikipedia biographies in Arabic, Japanese and African countries; chosen by hand, a few hundred per gender.';

/** Given names usually borne by men. */
export const MALE_GIVEN_NAMES: readonly string[] = words(`
  Aaron Abdul Abdullah Abraham Adam Adolf Adrian Ahmad Ahmed Alan Albert Alberto Alejandro Aleksandr Alexander
  Alexandre Alfonso Alfred Alfredo Ali Alonso Álvaro Amir Anders André Andreas Andrés Andrew Andrzej Angel Ángel
  Anthony Antoine Anton Antonio António Arnold Arthur Augusto Austin Barack Bartholomew Ben Benedict Benjamin Bernard
  Bernardo Bill Bob Boris Brian Bruce Bruno Buddy Carl Carlo Carlos Cesar César Charles Chris Christian Christopher
  Claude Clint Colin Craig Cristian Cristóbal Daniel Dante Dario Darío David Dennis Diego Dieter Dmitri Dominic
  Donald Douglas Duncan Edgar Eduardo Edward Edwin Eddy Eddie Elias Emilio Emmanuel Enrique Eric Erik Ernest Ernesto
  Ernst Esteban Eugene Evan Fabio Federico Felipe Felix Félix Fernando Francesco Francis Francisco Franco François
  Frank Franz Fred Frederick Friedrich Gabriel Gareth Gary George Georg Gerald Gerhard Giovanni Giuseppe Gonzalo
  Gordon Graham Gregory Guillermo Gustav Gustavo Hamid Hans Harold Harry Hasan Hassan Heinrich Helmut Henri Henry
  Herbert Horst Hugh Hugo Hussein Ian Ibrahim Igor Ignacio Isaac Ivan Iván Jack Jacob Jacques Jaime James Jan Javier
  Jean Jeffrey Jens Jesús Jim Jimmy Joachim Joe Johann Johannes John Jonathan Jorge José Joseph Juan Julian Julio
  Jürgen Karl Keith Kenneth Kevin Khalid Klaus Kurt Lars Lawrence Leo León Leonardo Leopold Lorenzo Louis Luca Lucas
  Luigi Luis Luiz Manuel Marc Marcel Marco Marcos Mario Mark Martin Martín Mateo Matthew Mauricio Mauro Max
  Maximilian Michael Miguel Mikhail Mohamed Mohammad Mohammed Muhammad Mustafa Nathan Neil Nicholas Nicola Nicolás
  Niels Nikolai Noah Norman Octavio Olaf Omar Óscar Oscar Otto Pablo Patrick Paul Paulo Pedro Peter Philip Philippe
  Pierre Pietro Rafael Rahul Ramón Raúl Ray Raymond Reinhard Ricardo Richard Robert Roberto Rodrigo Roger Roland
  Romeo Ronald Rubén Rudolf Russell Salvador Samuel Santiago Scott Sean Sebastian Sergei Sergio Simon Stanley Stefan
  Stephen Steven Sven Terrence Thomas Tim Timothy Tom Tomás Tony Trent Ulrich Umar Uwe Vasily Víctor Victor Vincent
  Vincenzo Vladimir Walter Werner Wilhelm William Wolfgang Xavier Yasser Yusuf Hiroshi Takeshi Kenji Akira Ichiro
  Mahmoud Farouk Ahmet Mehmet Osman Youssef Karim Joris Clinton Orlando Guillaume Jules Émile Marcelo Renato Benito
  Vittorio Leon Lech Janusz Łukasz Lukas Marek Marcin Tomasz Piotr Paweł Krzysztof Wojciech Jerzy Zbigniew Stanisław
  Kazimierz Tadeusz Bogdan Józef Karol Leszek Aleksander Sergey Yuri Oleg Viktor Pavel Pyotr Fritz Günter Manfred
  Edmund Theo Ludwig Josef Hermann Michel Alain Nicolas Olivier Laurent Thierry Yves Gérard René Paolo Salvatore
  Matteo Massimo Stefano Silvio Umberto Suleiman Rashid Tariq Nasser Faisal Saddam Osama Ayman Jamal Samir Walid Ziad
  Nabil Kofi Kwame Desmond Thabo Cyril Julius Jomo Uhuru Raila Sam Ted Ron Rick Steve Larry Greg Jeff Jerry Kyle Nick
  Oliver Phil Ralph Randy Ryan Todd Travis Trevor Wesley Willie Zachary Hendrik
`);

/** Given names usually borne by women. */
export const FEMALE_GIVEN_NAMES: readonly string[] = words(`
  Ada Adriana Agnes Alejandra Alexandra Alice Alicia Amanda Amelia Ana Anastasia Angela Ángela Anita Ann Anna Anne
  Annie Antonia Barbara Beatriz Beatrice Bertha Bettina Betty Brenda Bridget Camila Carla Carmen Carol Caroline
  Catalina Catherine Cecilia Charlotte Christina Christine Claire Clara Claudia Cristina Daniela Diana Dina Dolores
  Dorothy Edith Elena Eleanor Elisa Elisabeth Elizabeth Ella Ellen Elsa Emily Emma Erika Esther Eva Eve Fatima Fátima
  Florence Frances Francesca Gabriela Gabrielle Gertrude Gisela Grace Greta Gloria Hannah Heidi Helen Helena Hilda
  Ida Ines Inés Ingrid Irene Isabel Isabella Isabelle Jane Janet Jennifer Jessica Joan Joanna Jodie Johanna Josefina
  Josephine Judith Julia Juliana Julie Karen Karin Katarina Katherine Kathleen Keiko Laura Leila Lena Lidia Linda
  Lisa Lucia Lucía Lucy Luisa Lydia Magdalena Maria María Marie Marina Marta Martha Mary Margaret Margarita Marianne
  Marion Mercedes Michelle Mildred Miriam Monica Mónica Nadia Nancy Natalia Natalie Nicole Nina Olga Olivia Patricia
  Paula Pauline Pilar Rachel Raquel Rebecca Regina Renata Rita Rosa Rosalind Rose Ruth Sabine Sandra Sara Sarah
  Silvia Sofia Sofía Sonia Sophia Sophie Stephanie Susan Susana Teresa Theresa Valentina Valeria Vanessa Verónica
  Victoria Virginia Wendy Yolanda Yvonne Zoe Augusta Mariam Aisha Khadija Yoko Akiko Mei Ling Ilse Ursula Hildegard
  Kate Katie Emilia Simone Mireille Donna Melissa Deborah Sharon Cynthia Amy Shirley Pamela Samantha Carolyn Heather
  Diane Joyce Evelyn Megan Cheryl Jacqueline Kathryn Janice Abigail Judy Beverly Denise Marilyn Danielle Brittany
  Doris Kayla Lori Tiffany Ewa Agnieszka Katarzyna Małgorzata Monika Beata Irena Tatiana Svetlana Irina Yulia Monique
  Nathalie Sylvie Chiara Giulia Layla Yasmin Zainab Benazir Indira Priya
`);

/** Given names borne by men and women alike (`Andrea` is a man's name in Italy, a woman's elsewhere): a person, of no known gender. */
export const UNISEX_GIVEN_NAMES: readonly string[] = words('Andrea');

/** This module's lists by name, as `src/lexicon/index.ts` gathers them. */
export const lexicon: LexiconModule = {
  module: 'given-names',
  source,
  lists: { male: MALE_GIVEN_NAMES, female: FEMALE_GIVEN_NAMES, unisex: UNISEX_GIVEN_NAMES },
};
